package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.simulator.SimulatorClient.Answer;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ClaimsTest extends SimulatorTestBase {

  @Test
  void claimWithoutTriggerStaysPendingForEver() {
    String id = file(buy(), "lost", "40.00", "box never arrived").json().get("id").asText();

    clock.advance(Duration.ofDays(365));

    Answer claim = client.get("/v1/claims/" + id);
    assertThat(claim.status()).isEqualTo(200);
    assertThat(claim.json().get("status").asText()).isEqualTo("pending");
    assertThat(claim.json().get("approved_amount").isNull()).isTrue();
  }

  @Test
  void approveTriggerApprovesItsAmountOnceTheSecondsHavePassed() {
    Answer filed = file(buy(), "damaged", "40.00", "crushed, sbx:claim_approve=2:25.00");
    String id = filed.json().get("id").asText();

    assertThat(filed.status()).isEqualTo(201);
    assertThat(filed.json().get("status").asText()).isEqualTo("pending");
    clock.advance(Duration.ofSeconds(1));
    assertThat(client.get("/v1/claims/" + id).json().get("status").asText()).isEqualTo("pending");
    clock.advance(Duration.ofSeconds(1));
    Answer decided = client.get("/v1/claims/" + id);
    assertThat(decided.json().get("status").asText()).isEqualTo("approved");
    assertThat(decided.json().get("approved_amount").asText()).isEqualTo("25.00");
  }

  @Test
  void approveTriggerWithoutAmountPaysTheWholeClaim() {
    String id = file(buy(), "lost", "12.50", "sbx:claim_approve=0").json().get("id").asText();

    Answer decided = client.get("/v1/claims/" + id);
    assertThat(decided.json().get("status").asText()).isEqualTo("approved");
    assertThat(decided.json().get("approved_amount").asText()).isEqualTo("12.50");
  }

  @Test
  void denyTriggerDeniesWithAReason() {
    String id = file(buy(), "delayed", "10.00", "late sbx:claim_deny=5").json().get("id").asText();

    clock.advance(Duration.ofSeconds(5));

    Answer decided = client.get("/v1/claims/" + id);
    assertThat(decided.json().get("status").asText()).isEqualTo("denied");
    assertThat(decided.json().get("reason").asText()).contains("denied");
  }

  @Test
  void filingIsReplayedForOneIdempotencyKey() {
    String code = buy();
    String body = claimBody(code, "lost", "40.00", "gone");

    Answer first = client.post("/v1/claims", body, "Idempotency-Key", "k1");
    Answer again = client.post("/v1/claims", body, "Idempotency-Key", "k1");

    assertThat(again.header("Idempotent-Replayed")).isEqualTo("true");
    assertThat(again.json().get("id").asText()).isEqualTo(first.json().get("id").asText());
  }

  @Test
  void badTriggerUnknownLabelAndBadAmountAreFieldErrors() {
    Answer badTrigger = file(buy(), "lost", "10.00", "sbx:claim_approve=soon");
    Answer unknownLabel = file("SBX000000000000", "lost", "10.00", "gone");
    Answer badAmount = file(buy(), "stolen", "1.005", "gone");

    assertThat(badTrigger.status()).isEqualTo(422);
    assertThat(badTrigger.json().at("/error/errors/0/field").asText()).isEqualTo("description");
    assertThat(unknownLabel.json().at("/error/errors/0/field").asText()).isEqualTo("tracking_code");
    assertThat(badAmount.json().at("/error/errors/0/field").asText()).isEqualTo("type");
    assertThat(badAmount.json().at("/error/errors/1/field").asText()).isEqualTo("amount");
  }

  @Test
  void unknownClaimIsNotFound() {
    assertThat(client.get("/v1/claims/sbxclm_nosuch").status()).isEqualTo(404);
  }

  private static Answer file(String code, String type, String amount, String description) {
    return client.post("/v1/claims", claimBody(code, type, amount, description));
  }

  private static String claimBody(String code, String type, String amount, String description) {
    return """
        {"tracking_code":"%s","type":"%s","amount":"%s","currency":"USD","description":"%s"}
        """
        .formatted(code, type, amount, description);
  }

  private static String buy() {
    return client
        .post("/v1/shipments", Shipments.purchase("ground", "m"))
        .json()
        .get("tracking_code")
        .asText();
  }
}
