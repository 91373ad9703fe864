package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.simulator.SimulatorClient.Answer;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PurchaseTest extends SimulatorTestBase {

  @Test
  void purchaseAnswersAPdfLabelPricedLikeTheRateQuote() {
    Answer rates = client.post("/v1/rates", Shipments.rates());
    Answer bought = client.post("/v1/shipments", Shipments.purchase("express", "order-1"));

    assertThat(bought.status()).isEqualTo(201);
    JsonNode label = bought.json();
    assertThat(label.get("tracking_code").asText()).matches("SBX\\d{12}");
    assertThat(label.get("status").asText()).isEqualTo("purchased");
    assertThat(label.get("amount").asText()).isEqualTo(rateOf(rates.json(), "express"));
    assertThat(label.at("/label/media_type").asText()).isEqualTo("application/pdf");
    byte[] pdf = Base64.getDecoder().decode(label.at("/label/data").asText());
    assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
  }

  @Test
  void buyingTwiceWithSameKeyCreatesOneLabel() {
    String body = Shipments.purchase("ground", "order-2");

    Answer first = client.post("/v1/shipments", body, "Idempotency-Key", "key-2");
    Answer second = client.post("/v1/shipments", body, "Idempotency-Key", "key-2");

    assertThat(first.status()).isEqualTo(201);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.header("Idempotent-Replayed")).isEqualTo("true");
    String code = first.json().get("tracking_code").asText();
    assertThat(second.json().get("tracking_code").asText()).isEqualTo(code);
    JsonNode stats = client.get("/_control/stats").json();
    assertThat(stats.get("labels_created").asInt()).isEqualTo(1);
    assertThat(stats.at("/by_tracking_code/" + code + "/created").asInt()).isEqualTo(1);
  }

  @Test
  void racingCallsWithSameKeyStillCreateOneLabel() throws Exception {
    String body = Shipments.purchase("ground", "order-race");
    List<Callable<String>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      calls.add(
          () ->
              client
                  .post("/v1/shipments", body, "Idempotency-Key", "race")
                  .json()
                  .get("tracking_code")
                  .asText());
    }
    List<String> codes = new ArrayList<>();
    try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
      for (Future<String> code : pool.invokeAll(calls)) {
        codes.add(code.get());
      }
    }

    assertThat(codes).containsOnly(codes.getFirst());
    assertThat(client.get("/_control/stats").json().get("labels_created").asInt()).isEqualTo(1);
  }

  @Test
  void purchasesWithoutKeyAreSeparateLabels() {
    client.post("/v1/shipments", Shipments.purchase("ground", "a"));
    client.post("/v1/shipments", Shipments.purchase("ground", "a"));

    assertThat(client.get("/_control/stats").json().get("labels_created").asInt()).isEqualTo(2);
  }

  @Test
  void missingFieldsAreNamedInA422() {
    Answer answer =
        client.post(
            "/v1/shipments",
            "{\"to_address\":{\"country\":\"US\"},\"parcel\":{},\"service\":\"x\"}");

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/error/code").asText()).isEqualTo("validation_failed");
    List<String> fields = new ArrayList<>();
    answer.json().at("/error/errors").forEach(error -> fields.add(error.get("field").asText()));
    assertThat(fields)
        .contains(
            "from_address",
            "to_address.street1",
            "to_address.state",
            "parcel.weight_oz",
            "service");
  }

  @Test
  void malformedJsonIsA400() {
    Answer answer = client.post("/v1/shipments", "{not json");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.json().at("/error/code").asText()).isEqualTo("invalid_request");
  }

  @Test
  void zplAndPngLabelsAreRenderedWhenAsked() {
    JsonNode zpl = client.post("/v1/shipments", Shipments.purchase("ground", "z", "zpl")).json();
    JsonNode png = client.post("/v1/shipments", Shipments.purchase("ground", "p", "png")).json();

    String zplText = new String(Base64.getDecoder().decode(zpl.at("/label/data").asText()));
    assertThat(zplText).startsWith("^XA").contains(zpl.get("tracking_code").asText());
    byte[] pngBytes = Base64.getDecoder().decode(png.at("/label/data").asText());
    assertThat(pngBytes).startsWith(0x89, 'P', 'N', 'G');
    assertThat(png.at("/label/media_type").asText()).isEqualTo("image/png");
  }

  @Test
  void shipmentCanBeReadBackByIdOrTrackingCode() {
    JsonNode bought = client.post("/v1/shipments", Shipments.purchase("ground", "r")).json();

    Answer byId = client.get("/v1/shipments/" + bought.get("id").asText());
    Answer byCode = client.get("/v1/shipments/" + bought.get("tracking_code").asText());

    assertThat(byId.json().get("id")).isEqualTo(bought.get("id"));
    assertThat(byCode.json().get("id")).isEqualTo(bought.get("id"));
    assertThat(client.get("/v1/shipments/sbxshp_missing").status()).isEqualTo(404);
  }

  private static String rateOf(JsonNode rates, String service) {
    for (JsonNode rate : rates.get("rates")) {
      if (rate.get("service").asText().equals(service)) {
        return rate.get("amount").asText();
      }
    }
    throw new AssertionError("no rate for " + service);
  }
}
