package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;

/** What a carrier needs to quote a shipment. */
public record RateShipment(
    String tenantId,
    String shipmentId,
    Address from,
    Address to,
    Parcel parcel,
    String reference) {}
