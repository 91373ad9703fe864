package com.parceliq.simulator.model;

/** {@code POST /v1/shipments}: buy a label for one parcel and service. */
public record PurchaseBody(
    WireAddress fromAddress,
    WireAddress toAddress,
    WireParcel parcel,
    String service,
    String reference,
    String labelFormat) {}
