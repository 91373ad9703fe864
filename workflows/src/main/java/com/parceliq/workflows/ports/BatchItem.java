package com.parceliq.workflows.ports;

/**
 * One queued shipment of a batch purchase. {@code purchaseKey} is the shipment's buy key for this
 * round of the batch, so a retried step re-attaches to the same purchase instead of starting one.
 */
public record BatchItem(
    String tenantId,
    String batchId,
    String shipmentId,
    long position,
    String purchaseKey,
    String carrier,
    String service) {}
