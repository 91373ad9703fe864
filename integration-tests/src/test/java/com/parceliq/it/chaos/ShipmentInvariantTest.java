package com.parceliq.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Json;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The shipment check against what the client was told, on forged shipments. */
class ShipmentInvariantTest {

  @Test
  void shipmentTheApiNoLongerFindsIsLost() {
    assertThat(ShipmentInvariant.check(bought("chaos-1", "SBX1"), Optional.empty()))
        .extracting(Violation::detail)
        .containsExactly("lost: the API does not find it");
  }

  @Test
  void confirmedPurchaseShowingAnotherLabelIsAViolation() {
    assertThat(
            ShipmentInvariant.check(
                bought("chaos-1", "SBX1"), Optional.of(shipment("purchased", "SBX2", false))))
        .extracting(Violation::detail)
        .containsExactly("purchase confirmed label SBX1 but shows SBX2");
  }

  @Test
  void deliveringShipmentStillPurchasedIsNotSettledButParkedOneIs() {
    TrackedShipment delivering = bought("chaos-1,sbx:deliver=3", "SBX1");

    assertThat(ShipmentInvariant.settled(delivering, shipment("purchased", "SBX1", false)))
        .isFalse();
    assertThat(ShipmentInvariant.settled(delivering, shipment("purchased", "SBX1", true))).isTrue();
    assertThat(ShipmentInvariant.settled(delivering, shipment("delivered", "SBX1", false)))
        .isTrue();
  }

  @Test
  void buyWithoutADefinitiveAnswerIsAViolation() {
    TrackedShipment shipment = new TrackedShipment("shp_1", "chaos-1");
    shipment.buyAttempt("key");

    assertThat(ShipmentInvariant.check(shipment, Optional.of(shipment("rated", "", false))))
        .extracting(Violation::detail)
        .containsExactly("a buy or void never got a definitive answer");
  }

  @Test
  void buyWithoutAnswerOfAShipmentParkedForAnOperatorIsClearlyParked() {
    TrackedShipment shipment = new TrackedShipment("shp_1", "chaos-1,sbx:error=2");
    shipment.buyAttempt("key");

    assertThat(ShipmentInvariant.check(shipment, Optional.of(shipment("rated", "", true))))
        .isEmpty();
  }

  @Test
  void voidTheCarrierRejectedLeavesTheLabelAndItsStatusButAnAcceptedOneMustVoid() {
    TrackedShipment shipment = bought("chaos-1,sbx:deliver=3", "SBX1");
    shipment.voidAttempt("void-key");
    shipment.voidAnswered(TrackedShipment.Outcome.CONFIRMED);
    JsonNode rejected =
        ((com.fasterxml.jackson.databind.node.ObjectNode) shipment("completed", "SBX1", false))
            .put("refund_status", "rejected");
    JsonNode accepted =
        ((com.fasterxml.jackson.databind.node.ObjectNode) shipment("completed", "SBX1", false))
            .put("refund_status", "submitted");

    assertThat(ShipmentInvariant.check(shipment, Optional.of(rejected))).isEmpty();
    assertThat(ShipmentInvariant.check(shipment, Optional.of(accepted)))
        .extracting(Violation::detail)
        .containsExactly("void confirmed but status completed");
  }

  @Test
  void cleanPurchaseIsClean() {
    assertThat(
            ShipmentInvariant.check(
                bought("chaos-1", "SBX1"), Optional.of(shipment("purchased", "SBX1", false))))
        .isEmpty();
  }

  private static TrackedShipment bought(String reference, String trackingCode) {
    TrackedShipment shipment = new TrackedShipment("shp_1", reference);
    shipment.buyAttempt("key");
    shipment.bought(trackingCode);
    return shipment;
  }

  private static JsonNode shipment(String status, String trackingCode, boolean parked) {
    return Json.object()
        .put("status", status)
        .put("tracking_code", trackingCode)
        .put("needs_attention", parked);
  }
}
