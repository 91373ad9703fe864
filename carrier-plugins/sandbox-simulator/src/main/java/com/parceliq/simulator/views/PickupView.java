package com.parceliq.simulator.views;

import java.util.List;

/** A scheduled pickup: {@code confirmation} is what the driver is told. */
public record PickupView(
    String id,
    String confirmation,
    String windowStart,
    String windowEnd,
    List<String> trackingCodes,
    String fee,
    String currency) {}
