package com.parceliq.workflows.pickup;

/** Buy the pickup rate of {@code carrier} and {@code service}; keyed by the client's key. */
public record BuyPickup(String carrier, String service, String idempotencyKey) {}
