package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/** A label the carrier created; {@code labelFormat} is pdf, zpl or png. */
public record BoughtLabel(
    String carrier,
    String carrierAccountId,
    String service,
    String trackingCode,
    String carrierShipmentId,
    Money charged,
    String labelFormat,
    byte[] labelFile) {}
