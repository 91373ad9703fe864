package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;

/** Buy one label; the carrier sees {@code idempotencyKey} and never makes two labels for it. */
public record LabelOrder(
    String tenantId,
    String shipmentId,
    String idempotencyKey,
    String carrier,
    String carrierAccountId,
    String service,
    Address from,
    Address to,
    Parcel parcel,
    String reference) {}
