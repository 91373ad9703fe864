package com.parceliq.carrier.spi;

/**
 * Cancel a scheduled pickup, named by the confirmation the carrier gave when it was scheduled.
 * Cancelling a pickup already cancelled is not an error: the carrier confirms it again.
 */
public record PickupCancelRequest(String idempotencyKey, String confirmation) {}
