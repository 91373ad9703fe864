package com.parceliq.workflows.ports;

/** Cancel the carrier's pickup {@code confirmation}; the carrier deduplicates by the key. */
public record PickupCancel(
    String tenantId,
    String carrier,
    String carrierAccountId,
    String confirmation,
    String idempotencyKey) {}
