package com.parceliq.workflows.shipment;

/** Buy the label of one rate; the idempotency key is the client's (or one the API made). */
public record BuyLabel(String rateId, String idempotencyKey) {}
