package com.parceliq.carrier.spi;

import com.parceliq.domain.Money;

/** An accepted reroute and the fee the carrier charges for it. */
public record RerouteResult(String trackingCode, Money fee) {}
