package com.parceliq.workflows.shipment;

/**
 * Idempotency keys of one purchase, all derived from {@code (tenant, shipment, "label", client
 * key)}: a retried activity, a replayed workflow or a repeated client call reuses the same keys, so
 * the ledger (unique key per posting) and the carrier (one label per key) act once.
 */
record PurchaseKeys(String base) {

  static PurchaseKeys of(String tenantId, String shipmentId, String clientKey) {
    return new PurchaseKeys(tenantId + ":" + shipmentId + ":label:" + clientKey);
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

  String carrierPurchase() {
    return base + ":purchase";
  }

  String carrierVoid() {
    return base + ":void";
  }
}
