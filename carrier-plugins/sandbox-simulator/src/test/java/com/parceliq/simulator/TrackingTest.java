package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class TrackingTest extends SimulatorTestBase {

  @Test
  void withoutDeliverTheParcelStaysPreTransit() {
    String code = buy("plain");

    JsonNode tracking = client.get("/v1/tracking/" + code).json();

    assertThat(tracking.get("status").asText()).isEqualTo("pre_transit");
    assertThat(tracking.get("events")).hasSize(1);
  }

  @Test
  void deliverIsInTransitAtOnceAndDeliveredAfterTheDelay() {
    String code = buy("sbx:deliver=120");

    JsonNode moving = client.get("/v1/tracking/" + code).json();
    clock.advance(Duration.ofSeconds(120));
    JsonNode arrived = client.get("/v1/tracking/" + code).json();

    assertThat(moving.get("status").asText()).isEqualTo("in_transit");
    assertThat(moving.get("est_delivery_at").asText()).isEqualTo("2026-03-02T15:02:00Z");
    assertThat(arrived.get("status").asText()).isEqualTo("delivered");
    assertThat(arrived.get("events").get(arrived.get("events").size() - 1).get("location").asText())
        .isEqualTo("San Francisco, CA 94105");
  }

  @Test
  void rerouteChangesTheDestinationAndShowsInTracking() {
    String code = buy("sbx:deliver=120");
    String newAddress =
        "{\"to_address\":{\"street1\":\"9 Elm St\",\"city\":\"Oakland\",\"state\":\"CA\","
            + "\"zip\":\"94607\",\"country\":\"US\"}}";

    JsonNode reroute = client.post("/v1/shipments/" + code + "/reroute", newAddress).json();
    clock.advance(Duration.ofSeconds(120));
    JsonNode tracking = client.get("/v1/tracking/" + code).json();

    assertThat(reroute.get("fee").asText()).isEqualTo("7.50");
    assertThat(tracking.toString()).contains("Intercepted and rerouted to Oakland, CA 94607");
    assertThat(
            tracking.get("events").get(tracking.get("events").size() - 1).get("location").asText())
        .isEqualTo("Oakland, CA 94607");
  }

  @Test
  void interceptFailRefusesTheReroute() {
    String code = buy("sbx:intercept_fail");
    String newAddress =
        "{\"to_address\":{\"street1\":\"9 Elm St\",\"city\":\"Oakland\",\"state\":\"CA\","
            + "\"zip\":\"94607\",\"country\":\"US\"}}";

    SimulatorClient.Answer answer = client.post("/v1/shipments/" + code + "/reroute", newAddress);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/error/code").asText()).isEqualTo("intercept_failed");
  }

  @Test
  void unknownTrackingCodeIs404() {
    assertThat(client.get("/v1/tracking/SBX000000000000").status()).isEqualTo(404);
  }

  private static String buy(String reference) {
    return client
        .post("/v1/shipments", Shipments.purchase("ground", reference))
        .json()
        .get("tracking_code")
        .asText();
  }
}
