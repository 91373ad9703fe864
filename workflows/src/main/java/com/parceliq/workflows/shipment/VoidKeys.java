package com.parceliq.workflows.shipment;

/**
 * Idempotency keys of one void, derived from {@code (tenant, shipment, "void", client key)} like
 * {@link PurchaseKeys}: a retried activity or a replayed workflow reuses them, so the carrier voids
 * once and the ledger credits once. A shipment is voided at most once, so its first void's key is
 * the only one that ever reaches the carrier or the ledger.
 */
record VoidKeys(String base) {

  static VoidKeys of(String tenantId, String shipmentId, String clientKey) {
    return new VoidKeys(tenantId + ":" + shipmentId + ":void:" + clientKey);
  }

  String carrierVoid() {
    return base + ":carrier";
  }

  String refund() {
    return base + ":refund";
  }
}
