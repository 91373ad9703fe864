package com.parceliq.workflows.shipment;

/** Void the shipment's label; the idempotency key is the client's (or one the API made). */
public record VoidLabel(String idempotencyKey) {}
