package com.parceliq.carrier.spi;

/** Cancel a label that has not shipped. */
public record VoidRequest(
    String idempotencyKey, String trackingCode, String carrierShipmentId, String reference) {}
