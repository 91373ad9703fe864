package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.simulator.SimulatorClient.Answer;
import org.junit.jupiter.api.Test;

class PickupRatesAndCancelTest extends SimulatorTestBase {

  @Test
  void pickupRatesListEveryServiceCheapestFirstAndScheduleNothing() {
    Answer rates = client.post("/v1/pickups/rates", pickupBody(buy(), null));

    assertThat(rates.status()).isEqualTo(200);
    JsonNode list = rates.json().get("rates");
    assertThat(list).hasSize(2);
    assertThat(list.get(0).get("service").asText()).isEqualTo("standard");
    assertThat(list.get(0).get("fee").asText()).isEqualTo("4.50");
    assertThat(list.get(1).get("service").asText()).isEqualTo("priority");
    assertThat(list.get(1).get("fee").asText()).isEqualTo("12.00");
    assertThat(list.get(0).get("currency").asText()).isEqualTo("USD");
  }

  @Test
  void pickupRatesRefuseUnknownLabelsLikeScheduling() {
    Answer rates = client.post("/v1/pickups/rates", pickupBody("SBX000000000000", null));

    assertThat(rates.status()).isEqualTo(422);
    assertThat(rates.json().at("/error/errors/0/field").asText()).isEqualTo("tracking_codes[0]");
  }

  @Test
  void scheduledPickupChargesTheFeeOfItsService() {
    Answer pickup = client.post("/v1/pickups", pickupBody(buy(), "priority"));

    assertThat(pickup.status()).isEqualTo(201);
    assertThat(pickup.json().get("fee").asText()).isEqualTo("12.00");
    assertThat(pickup.json().get("service").asText()).isEqualTo("priority");
    assertThat(pickup.json().get("status").asText()).isEqualTo("scheduled");
  }

  @Test
  void unknownPickupServiceIsRefused() {
    Answer pickup = client.post("/v1/pickups", pickupBody(buy(), "teleport"));

    assertThat(pickup.status()).isEqualTo(422);
    assertThat(pickup.json().at("/error/errors/0/field").asText()).isEqualTo("service");
  }

  @Test
  void cancelByConfirmationIsRepeatableAndReplayedForOneKey() {
    String confirmation =
        client.post("/v1/pickups", pickupBody(buy(), null)).json().get("confirmation").asText();

    Answer first =
        client.post("/v1/pickups/" + confirmation + "/cancel", "{}", "Idempotency-Key", "c1");
    Answer replayed =
        client.post("/v1/pickups/" + confirmation + "/cancel", "{}", "Idempotency-Key", "c1");
    Answer otherKey =
        client.post("/v1/pickups/" + confirmation + "/cancel", "{}", "Idempotency-Key", "c2");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.json().get("status").asText()).isEqualTo("canceled");
    assertThat(replayed.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(replayed.json().get("confirmation").asText()).isEqualTo(confirmation);
    assertThat(otherKey.status()).isEqualTo(200);
    assertThat(otherKey.json().get("status").asText()).isEqualTo("canceled");
  }

  @Test
  void cancellingAnUnknownPickupIsNotFound() {
    Answer answer = client.post("/v1/pickups/PUNOSUCH1/cancel", "{}");

    assertThat(answer.status()).isEqualTo(404);
  }

  private static String pickupBody(String trackingCode, String service) {
    return """
        {"address":%s,"window_start":"2026-03-03T09:00:00Z","window_end":"2026-03-03T12:00:00Z",
         "tracking_codes":["%s"]%s}"""
        .formatted(
            Shipments.FROM,
            trackingCode,
            service == null ? "" : ",\"service\":\"" + service + "\"");
  }

  private static String buy() {
    return client
        .post("/v1/shipments", Shipments.purchase("ground", "m"))
        .json()
        .get("tracking_code")
        .asText();
  }
}
