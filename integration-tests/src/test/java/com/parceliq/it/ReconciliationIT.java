package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.InvoiceLines;
import com.parceliq.it.support.InvoiceLines.Line;
import com.parceliq.it.support.ReconciliationEvents;
import com.parceliq.it.support.Reconciliations;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A tenant's real labels on the simulator's invoice of the day, with lines added so that every
 * classification occurs, reconciled through the API: each tracking code's classification, the
 * ledger's carrier adjustments to the cent, the wallet, the summary and the event; then the same
 * invoice again, which changes nothing.
 */
class ReconciliationIT {

  private static final Duration RUN_WITHIN = Duration.ofMinutes(3);

  @Test
  void everyClassificationIsFoundPostedOnceAndARerunOfTheSameInvoicePostsNothing() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("200.00");
    Map<String, String> shipments = new LinkedHashMap<>();
    shipments.put("matched", bought(tenant, Unique.key("rec-plain")));
    shipments.put("underbilled", bought(tenant, Unique.key("rec-plain")));
    shipments.put("duplicate_charge", bought(tenant, Unique.key("rec-plain")));
    shipments.put("overbilled", bought(tenant, "sbx:overbill"));
    shipments.put("weight_adjustment", bought(tenant, "sbx:adjust"));
    shipments.put("billed_but_voided", bought(tenant, Unique.key("rec-voided")));
    tenant.voidLabel(shipments.get("billed_but_voided"), Unique.key("void")).expect(200);
    Map<String, String> codes = new LinkedHashMap<>();
    shipments.forEach((k, id) -> codes.put(k, tenant.shipment(id).path("tracking_code").asText()));
    String unknown = "SBXUNKNOWN" + Unique.key("x").replaceAll("[^A-Za-z0-9]", "");
    codes.put("unknown_tracking_code", unknown);

    InvoiceLines invoice =
        InvoiceLines.parse(TestStack.simulator().invoice(LocalDate.now(ZoneOffset.UTC)))
            .only(codes.values());
    Line lowered = invoice.first(codes.get("underbilled"), "base");
    invoice.replace(lowered, lowered.withAmount(lowered.amount().subtract(BigDecimal.ONE)));
    Line duplicated = invoice.first(codes.get("duplicate_charge"), "base");
    invoice.add(duplicated);
    Line template = invoice.first(codes.get("matched"), "base");
    invoice.add(template.forTrackingCode(codes.get("billed_but_voided")));
    invoice.add(template.forTrackingCode(unknown).withAmount(new BigDecimal("7.00")));
    BigDecimal adjustment = invoice.first(codes.get("weight_adjustment"), "adjustment").amount();
    BigDecimal walletBefore = tenant.balance();

    Reconciliations reconciliations = new Reconciliations(tenant);
    JsonNode first = completed(reconciliations, invoice.csv());

    Map<String, Map<String, String>> report = reconciliations.reportRows(first.path("id").asText());
    codes.forEach(
        (classification, code) ->
            assertThat(report.get(code))
                .as("report row of %s", classification)
                .containsEntry("classification", classification));
    assertThat(report).hasSize(codes.size());
    assertThat(report.get(codes.get("overbilled")))
        .containsEntry("difference", "4.25")
        .containsEntry("posted", "-4.25");
    assertThat(report.get(codes.get("underbilled")))
        .containsEntry("difference", "-1.00")
        .containsEntry("posted", "1.00");
    assertThat(report.get(codes.get("weight_adjustment")))
        .containsEntry("difference", adjustment.toPlainString())
        .containsEntry("posted", adjustment.negate().toPlainString());
    assertThat(report.get(codes.get("duplicate_charge")))
        .containsEntry("difference", duplicated.amount().toPlainString())
        .containsEntry("posted", "");
    for (String unposted : List.of("matched", "billed_but_voided", "unknown_tracking_code")) {
      assertThat(report.get(codes.get(unposted))).as(unposted).containsEntry("posted", "");
    }
    assertThat(report.get(unknown)).containsEntry("shipment_id", "");

    Map<String, List<String>> adjustments = carrierAdjustments(tenant, shipments);
    assertThat(adjustments)
        .containsEntry("overbilled", List.of("-4.25"))
        .containsEntry("underbilled", List.of("1.00"))
        .containsEntry("weight_adjustment", List.of(adjustment.negate().toPlainString()))
        .containsEntry("matched", List.of())
        .containsEntry("duplicate_charge", List.of())
        .containsEntry("billed_but_voided", List.of());
    BigDecimal posted = new BigDecimal("-3.25").subtract(adjustment);
    assertThat(tenant.balance()).isEqualByComparingTo(walletBefore.add(posted));

    assertThat(first.path("lines_parsed").asLong()).isEqualTo(invoice.size());
    assertThat(first.path("labels_classified").asLong()).isEqualTo(codes.size());
    assertThat(first.path("format").asText()).isEqualTo("sandbox");
    assertThat(first.path("source").asText()).isEqualTo("upload");
    assertThat(first.path("invoice_number").asText()).isEqualTo(invoice.invoiceNumber());
    assertThat(first.path("billed_total").asText())
        .isEqualTo(invoice.billed(line -> true).toPlainString());
    assertThat(new BigDecimal(first.path("posted_total").asText())).isEqualByComparingTo(posted);
    JsonNode summary = first.path("summary");
    codes
        .keySet()
        .forEach(c -> assertThat(summary.path(c).path("labels").asInt()).as(c).isEqualTo(1));
    assertThat(summary.path("overbilled").path("posted").asText()).isEqualTo("-4.25");
    assertThat(first.path("report").path("key").asText())
        .isEqualTo("reports/" + tenant.id() + "/" + first.path("id").asText() + ".csv");

    JsonNode event = ReconciliationEvents.completed(tenant, first.path("id").asText());
    assertThat(event.path("data").path("status").asText()).isEqualTo("completed");
    assertThat(event.path("data").path("summary")).isEqualTo(summary);
    assertThat(new BigDecimal(event.path("data").path("posted_total").asText()))
        .isEqualByComparingTo(posted);

    JsonNode again = completed(reconciliations, invoice.csv());

    assertThat(again.path("id").asText()).isNotEqualTo(first.path("id").asText());
    Map<String, Map<String, String>> rerun = reconciliations.reportRows(again.path("id").asText());
    codes.forEach(
        (classification, code) ->
            assertThat(rerun.get(code))
                .as("re-run report row of %s", classification)
                .containsEntry("classification", classification)
                .containsEntry("posted", "")
                .containsEntry("ledger_entry_id", report.get(code).get("ledger_entry_id")));
    assertThat(carrierAdjustments(tenant, shipments)).isEqualTo(adjustments);
    assertThat(tenant.balance()).isEqualByComparingTo(walletBefore.add(posted));
    assertThat(new BigDecimal(again.path("posted_total").asText())).isZero();
  }

  @Test
  void theSameUploadWithTheSameKeyIsReplayedAndAnotherBodyWithItIsRefused() {
    Tenant tenant = TestStack.newTenant();
    Reconciliations reconciliations = new Reconciliations(tenant);
    String csv = unknownCodesInvoice("IDEM", 2);
    String key = Unique.key("rec-idem");

    ApiResponse created = reconciliations.upload(csv, key);
    ApiResponse replayed = reconciliations.upload(csv, key);
    ApiResponse otherBody = reconciliations.upload(unknownCodesInvoice("IDEM", 3), key);

    String id = created.expect(201).path("id").asText();
    assertThat(created.header("Location").orElseThrow()).endsWith("/v1/reconciliation/" + id);
    assertThat(replayed.expect(201).path("id").asText()).isEqualTo(id);
    assertThat(replayed.header("Idempotent-Replayed")).contains("true");
    assertThat(otherBody.status()).as("%s", otherBody).isEqualTo(422);
    assertThat(otherBody.json().path("error").path("code").asText())
        .isEqualTo("IDEMPOTENCY.KEY_REUSED");
    JsonNode run = await(reconciliations, id);
    assertThat(run.path("status").asText()).isEqualTo("completed");
    assertThat(run.path("summary").path("unknown_tracking_code").path("labels").asInt())
        .isEqualTo(2);
    assertThat(
            tenant.get(Reconciliations.RUNS).send().expect(200).path("reconciliation_runs").size())
        .isEqualTo(1);
  }

  static String unknownCodesInvoice(String invoice, int codes) {
    StringBuilder csv = new StringBuilder(Reconciliations.SANDBOX_HEADER).append('\n');
    for (int i = 1; i <= codes; i++) {
      csv.append(invoice)
          .append(",2026-11-20,SBXNOLABEL")
          .append(invoice)
          .append(i)
          .append(",ground,16,base,5.10,USD\n");
    }
    return csv.toString();
  }

  private static JsonNode completed(Reconciliations reconciliations, String csv) {
    JsonNode started = reconciliations.upload(csv, Unique.key("rec")).expect(201);
    assertThat(started.path("status").asText()).isEqualTo("pending");
    JsonNode run = await(reconciliations, started.path("id").asText());
    assertThat(run.path("status").asText()).as("%s", run).isEqualTo("completed");
    return run;
  }

  static JsonNode await(Reconciliations reconciliations, String runId) {
    return Eventually.await(
        "reconciliation " + runId + " to finish",
        RUN_WITHIN,
        () -> reconciliations.runOrNull(runId),
        Reconciliations::finished);
  }

  /** The amounts of each shipment's carrier_adjustment ledger entries. */
  private static Map<String, List<String>> carrierAdjustments(
      Tenant tenant, Map<String, String> shipments) {
    Map<String, List<String>> amounts = new LinkedHashMap<>();
    shipments.forEach(
        (classification, id) ->
            amounts.put(
                classification,
                tenant.ledgerEntries(id).stream()
                    .filter(entry -> entry.path("kind").asText().equals("carrier_adjustment"))
                    .map(entry -> entry.path("amount").asText())
                    .toList()));
    return amounts;
  }

  private static String bought(Tenant tenant, String reference) {
    Tenant.RatedShipment rated = tenant.createRatedShipment(reference);
    return tenant
        .buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"))
        .expect(200)
        .path("id")
        .asText();
  }
}
