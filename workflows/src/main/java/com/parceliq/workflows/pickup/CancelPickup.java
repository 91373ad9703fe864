package com.parceliq.workflows.pickup;

/** Cancel the pickup; keyed by the client's key. */
public record CancelPickup(String idempotencyKey) {}
