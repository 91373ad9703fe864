package com.parceliq.workflows.ports;

/** Cancel a bought label at its carrier. */
public record LabelVoid(
    String tenantId,
    String shipmentId,
    String idempotencyKey,
    String carrier,
    String carrierAccountId,
    String trackingCode,
    String carrierShipmentId,
    String reference) {}
