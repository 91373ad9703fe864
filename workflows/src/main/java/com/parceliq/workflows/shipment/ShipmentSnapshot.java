package com.parceliq.workflows.shipment;

/** What the shipment workflow knows now; answered by the {@code snapshot} query and updates. */
public record ShipmentSnapshot(
    String tenantId,
    String shipmentId,
    String status,
    String selectedRateId,
    String carrier,
    String service,
    String trackingCode,
    boolean needsAttention,
    String lastErrorCode,
    String lastErrorMessage,
    String refundStatus) {}
