package com.parceliq.workflows.ports;

/**
 * A shipment whose parcel is on its way and whose tracker has had no news for a while: what the
 * poller needs to ask its carrier and to signal its workflow.
 */
public record TrackedShipment(
    String tenantId,
    String shipmentId,
    String carrier,
    String carrierAccountId,
    String trackingCode) {}
