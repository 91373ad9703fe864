package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/**
 * A shipment's label charges in the ledger: its {@code label_purchase} entries. A purchase also
 * writes a {@code hold} entry (and a {@code hold_release} when it fails), which move money within
 * the wallet and charge nothing.
 */
public final class LabelCharges {

  private LabelCharges() {}

  public static List<JsonNode> of(Tenant tenant, String shipmentId) {
    return tenant.ledgerEntries(shipmentId).stream()
        .filter(entry -> entry.path("kind").asText().equals("label_purchase"))
        .toList();
  }
}
