package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/** The carrier accepted the reroute and charges {@code fee} for it. */
public record RerouteOutcome(String trackingCode, Money fee) {}
