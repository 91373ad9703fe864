package com.parceliq.simulator.model;

import java.util.List;

/** {@code POST /v1/pickups}: collect parcels from an address within a time window (RFC 3339). */
public record PickupBody(
    WireAddress address,
    String windowStart,
    String windowEnd,
    List<String> trackingCodes,
    String instructions,
    String service) {}
