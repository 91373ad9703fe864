package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.simulator.SimulatorClient.Answer;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PurchaseTriggersTest extends SimulatorTestBase {

  @Test
  void rejectIsAnInvalidAddressAndBuysNothing() {
    Answer answer = client.post("/v1/shipments", Shipments.purchase("ground", "sbx:reject"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/error/code").asText()).isEqualTo("invalid_address");
    assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("to_address.street1");
    assertThat(client.get("/_control/stats").json().get("labels_created").asInt()).isZero();
  }

  @Test
  void errorTwoAnswers503TwiceThenBuys() {
    String body = Shipments.purchase("ground", "sbx:error=2");

    Answer first = client.post("/v1/shipments", body, "Idempotency-Key", "e2");
    Answer second = client.post("/v1/shipments", body, "Idempotency-Key", "e2");
    Answer third = client.post("/v1/shipments", body, "Idempotency-Key", "e2");

    assertThat(first.status()).isEqualTo(503);
    assertThat(first.header("Retry-After")).isNotNull();
    assertThat(second.status()).isEqualTo(503);
    assertThat(third.status()).isEqualTo(201);
    assertThat(client.get("/_control/stats").json().get("labels_created").asInt()).isEqualTo(1);
  }

  @Test
  void timedOutPurchaseStillBoughtTheLabelAndTheRetryGetsIt() throws Exception {
    String body = Shipments.purchase("ground", "sbx:timeout=1");

    assertThatThrownBy(() -> client.postRaw("/v1/shipments", body, Duration.ofMillis(300), "t1"))
        .isInstanceOf(HttpTimeoutException.class);
    Answer retry = client.post("/v1/shipments", body, "Idempotency-Key", "t1");

    assertThat(retry.status()).isEqualTo(200);
    assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(client.get("/_control/stats").json().get("labels_created").asInt()).isEqualTo(1);
  }

  @Test
  void anUnknownTriggerIsAFieldErrorOnReference() {
    Answer answer = client.post("/v1/shipments", Shipments.purchase("ground", "sbx:explode"));

    assertThat(answer.status()).isEqualTo(422);
    assertThat(answer.json().at("/error/errors/0/field").asText()).isEqualTo("reference");
  }
}
