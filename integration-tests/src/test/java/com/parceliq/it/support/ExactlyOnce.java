package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * What "bought exactly once" means from outside: the carrier made one label under the shipment's
 * tracking code, and the shipment's ledger holds one {@code label_purchase} entry. Only that kind
 * is counted: a purchase may post other entries (a hold released, an adjustment) besides its
 * charge.
 */
public final class ExactlyOnce {

  private ExactlyOnce() {}

  /** Asserts one label at the carrier and one charge in the ledger for a purchased shipment. */
  public static void assertOneLabelAndOneCharge(
      Tenant tenant, JsonNode purchased, Simulator.Stats stats) {
    String shipmentId = purchased.path("id").asText();
    String trackingCode = purchased.path("tracking_code").asText();
    assertThat(trackingCode).as("tracking code of %s", shipmentId).isNotBlank();
    assertThat(stats.createdFor(trackingCode))
        .as("labels the carrier created for %s (%s)", shipmentId, trackingCode)
        .isEqualTo(1);
    assertThat(LabelCharges.of(tenant, shipmentId))
        .as("label_purchase entries in the ledger of %s", shipmentId)
        .hasSize(1);
  }
}
