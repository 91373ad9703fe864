package com.parceliq.workflows.ports;

/** Ask {@code carrier} where the parcel {@code trackingCode} is, on the tenant's account. */
public record TrackRequest(
    String tenantId, String carrier, String carrierAccountId, String trackingCode) {}
