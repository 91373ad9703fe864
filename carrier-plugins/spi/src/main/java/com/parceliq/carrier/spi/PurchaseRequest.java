package com.parceliq.carrier.spi;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;

/**
 * Buy a label. The carrier sees {@code idempotencyKey}: the same key never creates a second label.
 */
public record PurchaseRequest(
    String idempotencyKey,
    Address from,
    Address to,
    Parcel parcel,
    String service,
    String reference,
    LabelFormat labelFormat) {}
