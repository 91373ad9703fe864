package com.parceliq.carrier.spi;

import com.parceliq.domain.Money;

/** A label the carrier created, with what it charged and the label file itself. */
public record PurchasedLabel(
    String carrier,
    String service,
    String trackingCode,
    String carrierShipmentId,
    Money charged,
    LabelFormat labelFormat,
    byte[] labelFile) {}
