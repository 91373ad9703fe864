package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class VoidTest extends SimulatorTestBase {

  @Test
  void voidRefundsAtOnceAndCountsOnce() {
    String code = buy("plain");

    JsonNode first = voidLabel(code);
    JsonNode again = voidLabel(code);

    assertThat(first.get("refund_status").asText()).isEqualTo("refunded");
    assertThat(again.get("refund_status").asText()).isEqualTo("refunded");
    JsonNode stats = client.get("/_control/stats").json();
    assertThat(stats.get("labels_voided").asInt()).isEqualTo(1);
    assertThat(stats.at("/by_tracking_code/" + code + "/voided").asInt()).isEqualTo(1);
    assertThat(client.get("/v1/shipments/" + code).json().get("status").asText())
        .isEqualTo("voided");
  }

  @Test
  void refundDelayKeepsTheRefundSubmittedUntilTheDelayHasPassed() {
    String code = buy("sbx:refund_delay=60");

    assertThat(voidLabel(code).get("refund_status").asText()).isEqualTo("submitted");
    clock.advance(Duration.ofSeconds(59));
    assertThat(voidLabel(code).get("refund_status").asText()).isEqualTo("submitted");
    clock.advance(Duration.ofSeconds(1));
    assertThat(voidLabel(code).get("refund_status").asText()).isEqualTo("refunded");
  }

  @Test
  void voidRejectLeavesTheLabelActive() {
    String code = buy("sbx:void_reject");

    assertThat(voidLabel(code).get("refund_status").asText()).isEqualTo("rejected");
    assertThat(client.get("/_control/stats").json().get("labels_voided").asInt()).isZero();
  }

  @Test
  void voidAfterDeliveryIsRefused() {
    String code = buy("sbx:deliver=10");
    clock.advance(Duration.ofSeconds(10));

    JsonNode answer = voidLabel(code);

    assertThat(answer.get("refund_status").asText()).isEqualTo("rejected");
    assertThat(answer.get("message").asText()).contains("delivered");
  }

  @Test
  void voidingAnUnknownLabelIs404() {
    assertThat(client.post("/v1/shipments/SBX000000000000/void", "{}").status()).isEqualTo(404);
  }

  private static String buy(String reference) {
    return client
        .post("/v1/shipments", Shipments.purchase("ground", reference))
        .json()
        .get("tracking_code")
        .asText();
  }

  private static JsonNode voidLabel(String code) {
    return client.post("/v1/shipments/" + code + "/void", "{}").json();
  }
}
