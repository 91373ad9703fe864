package com.parceliq.workflows.shipment;

/**
 * Idempotency keys of one reroute, derived from {@code (tenant, shipment, "reroute", client key)}
 * like {@link VoidKeys}: a retried activity, a replayed workflow or a repeated client call reuses
 * them, so the carrier intercepts once and the ledger charges its fee once. A different client key
 * is a different reroute (and a different fee).
 */
record RerouteKeys(String base) {

  static RerouteKeys of(String tenantId, String shipmentId, String clientKey) {
    return new RerouteKeys(tenantId + ":" + shipmentId + ":reroute:" + clientKey);
  }

  String carrierReroute() {
    return base + ":carrier";
  }

  String fee() {
    return base + ":fee";
  }
}
