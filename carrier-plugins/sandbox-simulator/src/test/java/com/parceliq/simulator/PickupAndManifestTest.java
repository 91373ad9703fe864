package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.simulator.SimulatorClient.Answer;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class PickupAndManifestTest extends SimulatorTestBase {

  @Test
  void pickupIsConfirmedOnceForOneKey() {
    String code = buy();
    String body =
        """
        {"address":%s,"window_start":"2026-03-03T09:00:00Z","window_end":"2026-03-03T12:00:00Z",
         "tracking_codes":["%s"]}"""
            .formatted(Shipments.FROM, code);

    Answer first = client.post("/v1/pickups", body, "Idempotency-Key", "p1");
    Answer again = client.post("/v1/pickups", body, "Idempotency-Key", "p1");

    assertThat(first.status()).isEqualTo(201);
    assertThat(first.json().get("fee").asText()).isEqualTo("4.50");
    assertThat(again.json().get("confirmation")).isEqualTo(first.json().get("confirmation"));
  }

  @Test
  void pickupWindowMustEndAfterItStarts() {
    String body =
        """
        {"address":%s,"window_start":"2026-03-03T12:00:00Z","window_end":"2026-03-03T09:00:00Z",
         "tracking_codes":["%s"]}"""
            .formatted(Shipments.FROM, buy());

    Answer answer = client.post("/v1/pickups", body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("window_end");
  }

  @Test
  void manifestListsItsLabelsInAPdfAndTakesEachLabelOnce() {
    String first = buy();
    String second = buy();
    String body =
        "{\"from_address\":%s,\"tracking_codes\":[\"%s\",\"%s\"]}"
            .formatted(Shipments.FROM, first, second);

    Answer manifest = client.post("/v1/manifests", body);
    Answer twice = client.post("/v1/manifests", body);

    assertThat(manifest.status()).isEqualTo(201);
    JsonNode json = manifest.json();
    assertThat(json.get("id").asText()).startsWith("sbxmfst_");
    byte[] pdf = Base64.getDecoder().decode(json.at("/document/data").asText());
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
    assertThat(twice.status()).isEqualTo(422);
    assertThat(twice.json().at("/error/errors/0/message").asText()).contains("already on manifest");
  }

  @Test
  void manifestRefusesUnknownLabels() {
    String body =
        "{\"from_address\":%s,\"tracking_codes\":[\"SBX000000000000\"]}".formatted(Shipments.FROM);

    Answer answer = client.post("/v1/manifests", body);

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("tracking_codes[0]");
  }

  @Test
  void addressVerificationNormalizesGoodAddressesAndNamesMissingFields() {
    JsonNode good =
        client
            .post(
                "/v1/addresses/verify",
                "{\"street1\":\"1 main st\",\"city\":\"new york\",\"state\":\"ny\","
                    + "\"zip\":\"10001-1234\",\"country\":\"us\"}")
            .json();
    JsonNode bad = client.post("/v1/addresses/verify", "{\"country\":\"US\"}").json();

    assertThat(good.get("verified").asBoolean()).isTrue();
    assertThat(good.at("/address/city").asText()).isEqualTo("NEW YORK");
    assertThat(good.at("/address/zip").asText()).isEqualTo("10001");
    assertThat(bad.get("verified").asBoolean()).isFalse();
    assertThat(bad.get("errors").toString()).contains("street1", "city", "zip", "state");
  }

  private static String buy() {
    return client
        .post("/v1/shipments", Shipments.purchase("ground", "m"))
        .json()
        .get("tracking_code")
        .asText();
  }
}
