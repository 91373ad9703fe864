package com.parceliq.workflows.shipment;

import com.parceliq.domain.Address;
import com.parceliq.domain.Parcel;
import java.util.Map;

/** A shipment as the API accepted it; the input of {@link ShipmentWorkflow}. */
public record NewShipment(
    String tenantId,
    String shipmentId,
    Address from,
    Address to,
    Parcel parcel,
    String reference,
    Map<String, String> options) {}
