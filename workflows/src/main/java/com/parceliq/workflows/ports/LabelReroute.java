package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;

/** Intercept a bought label's parcel at its carrier and send it to a new destination. */
public record LabelReroute(
    String tenantId,
    String shipmentId,
    String idempotencyKey,
    String carrier,
    String carrierAccountId,
    String trackingCode,
    Address newDestination,
    String reference) {}
