package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.simulator.SimulatorClient.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class OutageTest extends SimulatorTestBase {

  @Test
  void duringAnOutageEveryCarrierCallAnswers503WithRetryAfter() {
    client.post("/_control/outage", "{\"seconds\": 30}");

    Answer rates = client.post("/v1/rates", Shipments.rates());
    Answer purchase = client.post("/v1/shipments", Shipments.purchase("ground", "o"));

    assertThat(rates.status()).isEqualTo(503);
    assertThat(rates.header("Retry-After")).isEqualTo("30");
    assertThat(purchase.status()).isEqualTo(503);
    assertThat(purchase.json().at("/error/code").asText()).isEqualTo("service_unavailable");
  }

  @Test
  void controlCallsAndHealthKeepWorkingDuringAnOutage() {
    client.post("/_control/outage", "{\"seconds\": 30}");

    assertThat(client.get("/health").status()).isEqualTo(200);
    assertThat(client.get("/_control/stats").status()).isEqualTo(200);
  }

  @Test
  void theOutageEndsWhenItsSecondsHavePassed() {
    client.post("/_control/outage", "{\"seconds\": 5}");
    clock.advance(Duration.ofSeconds(5));

    assertThat(client.post("/v1/rates", Shipments.rates()).status()).isEqualTo(200);
  }

  @Test
  void resetEndsAnOutage() {
    client.post("/_control/outage", "{\"seconds\": 30}");
    client.post("/_control/reset", "{}");

    assertThat(client.post("/v1/rates", Shipments.rates()).status()).isEqualTo(200);
  }

  @Test
  void negativeSecondsAreRefused() {
    assertThat(client.post("/_control/outage", "{\"seconds\": -1}").status()).isEqualTo(422);
  }
}
