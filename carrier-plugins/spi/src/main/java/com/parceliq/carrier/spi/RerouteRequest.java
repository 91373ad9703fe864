package com.parceliq.carrier.spi;

import com.parceliq.domain.Address;

/** Intercept a parcel in transit and send it somewhere else. */
public record RerouteRequest(
    String idempotencyKey, String trackingCode, Address newDestination, String reference) {}
