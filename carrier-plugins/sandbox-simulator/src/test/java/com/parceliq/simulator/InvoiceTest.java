package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.simulator.SimulatorClient.Answer;
import com.parceliq.simulator.invoice.InvoiceCsv;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvoiceTest extends SimulatorTestBase {

  private static final String DAY = "2026-03-02";

  @Test
  void anHonestLabelIsBilledAsBaseAndFuelAddingUpToItsQuote() {
    JsonNode label = buy("plain");

    List<String[]> lines = invoice(DAY);

    assertThat(lines).hasSize(2);
    assertThat(lines.get(0))
        .containsExactly(
            "SBX-INV-20260302", DAY, code(label), "ground", "20", "base", "8.45", "USD");
    assertThat(lines.get(1)[5]).isEqualTo("fuel");
    assertThat(sum(lines)).isEqualByComparingTo(label.get("amount").asText());
  }

  @Test
  void overbillAddsAnUnquotedResidentialSurcharge() {
    JsonNode label = buy("sbx:overbill");

    List<String[]> lines = invoice(DAY);

    assertThat(lines).extracting(line -> line[5]).containsExactly("base", "fuel", "residential");
    assertThat(sum(lines)).isGreaterThan(new BigDecimal(label.get("amount").asText()));
  }

  @Test
  void adjustAddsAWeightAdjustmentAtTheAuditedWeight() {
    buy("sbx:adjust");

    String[] adjustment = invoice(DAY).get(2);

    assertThat(adjustment[5]).isEqualTo("adjustment");
    assertThat(adjustment[4]).isEqualTo("36");
    assertThat(new BigDecimal(adjustment[6])).isPositive();
  }

  @Test
  void voidedLabelsAndOtherDaysAreNotBilled() {
    JsonNode voided = buy("plain");
    client.post("/v1/shipments/" + code(voided) + "/void", "{}");
    clock.advance(Duration.ofDays(1));
    buy("next day");

    assertThat(invoice(DAY)).isEmpty();
    assertThat(invoice("2026-03-03")).hasSize(2);
  }

  @Test
  void invoiceNeedsAValidDate() {
    assertThat(client.get("/_control/invoice").status()).isEqualTo(400);
    assertThat(client.get("/_control/invoice?date=03/02/2026").status()).isEqualTo(400);
  }

  private static List<String[]> invoice(String date) {
    Answer answer = client.get("/_control/invoice?date=" + date);
    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.header("Content-Type")).startsWith("text/csv");
    String[] rows = answer.raw().body().split("\n");
    assertThat(rows[0]).isEqualTo(InvoiceCsv.HEADER);
    return Arrays.stream(rows).skip(1).map(row -> row.split(",")).toList();
  }

  private static BigDecimal sum(List<String[]> lines) {
    return lines.stream()
        .map(line -> new BigDecimal(line[6]))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static JsonNode buy(String reference) {
    return client.post("/v1/shipments", Shipments.purchase("ground", reference)).json();
  }

  private static String code(JsonNode label) {
    return label.get("tracking_code").asText();
  }
}
