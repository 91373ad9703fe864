package com.parceliq.simulator.views;

import com.parceliq.simulator.model.WireAddress;

/** An accepted reroute and its fee. */
public record RerouteView(
    String shipmentId, String trackingCode, WireAddress toAddress, String fee, String currency) {}
