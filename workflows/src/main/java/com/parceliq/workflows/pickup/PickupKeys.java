package com.parceliq.workflows.pickup;

/**
 * Idempotency keys of one pickup operation, derived from {@code (tenant, pickup, operation, client
 * key)}: a retried activity, a replayed workflow or a repeated client call reuses the same keys, so
 * the ledger (unique key per posting) and the carrier (one pickup per key) act once.
 */
record PickupKeys(String base) {

  static PickupKeys buy(String tenantId, String pickupId, String clientKey) {
    return new PickupKeys(tenantId + ":" + pickupId + ":pickup:" + clientKey);
  }

  static PickupKeys cancel(String tenantId, String pickupId, String clientKey) {
    return new PickupKeys(tenantId + ":" + pickupId + ":pickup-cancel:" + clientKey);
  }

  String hold() {
    return base + ":hold";
  }

  String settle() {
    return base + ":settle";
  }

  String release() {
    return base + ":release";
  }

  String refund() {
    return base + ":refund";
  }

  String carrierSchedule() {
    return base + ":schedule";
  }

  String carrierCancel() {
    return base + ":cancel";
  }
}
