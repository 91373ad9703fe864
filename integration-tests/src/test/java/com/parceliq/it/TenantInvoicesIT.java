package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.InvoiceRuns;
import com.parceliq.it.support.LastMonth;
import com.parceliq.it.support.LedgerAdjustments;
import com.parceliq.it.support.LedgerStatement;
import com.parceliq.it.support.ScanFormRequests;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.TemporalSchedules;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.ScheduleDescription;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * Monthly statements on the real stack: a tenant's month of deposits, labels, a void and an
 * operator's adjustment, moved into last month, issued by an operator's run and by the schedule,
 * then read as JSON, CSV and PDF.
 */
class TenantInvoicesIT {

  @Test
  void anOperatorsRunIssuesLastMonthsStatementToTheCentOnceAndOnlyToItsTenant() throws Exception {
    Tenant tenant = tenantWithAMonthOfLedger();
    LedgerStatement expected = LedgerStatement.of(tenant);
    String period = InvoiceRuns.lastMonth();

    JsonNode run = InvoiceRuns.completed(period, tenant.id());

    assertThat(run.path("status").asText()).isEqualTo("completed");
    assertThat(run.path("issued").asInt()).isEqualTo(1);
    assertThat(run.path("period").asText()).isEqualTo(period);
    assertThat(run.path("tenant_id").asText()).isEqualTo(tenant.id());
    JsonNode invoice = onlyInvoice(tenant);
    assertThat(invoice.path("period").asText()).isEqualTo(period);
    assertThat(invoice.path("currency").asText()).isEqualTo("USD");
    assertThat(invoice.path("opening_balance").asText()).isEqualTo("0.00");
    assertThat(invoice.path("closing_balance").asText())
        .isEqualTo(expected.sum().toPlainString())
        .isEqualTo(tenant.balance().setScale(2).toPlainString());
    assertThat(totals(invoice)).isEqualTo(expected.totals());
    assertThat(totals(invoice).keySet())
        .contains("deposit", "label_purchase", "label_refund", "adjustment")
        .doesNotContain("hold", "hold_release");
    assertThat(invoice.path("line_count").asInt()).isEqualTo(expected.lineIds().size());
    String id = invoice.path("id").asText();
    assertThat(tenant.get("/v1/invoices/" + id).send().expect(200)).isEqualTo(invoice);

    ApiResponse csv = tenant.get("/v1/invoices/" + id + "/csv").send();
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.header("Content-Type").orElse("")).startsWith("text/csv");
    List<String> rows = csv.text().lines().skip(1).toList();
    assertThat(rows)
        .extracting(row -> row.split(",")[1])
        .containsExactlyElementsOf(expected.lineIds());
    assertThat(rows.getLast()).endsWith("," + expected.sum().toPlainString());

    ApiResponse pdf = tenant.get("/v1/invoices/" + id + "/pdf").send();
    assertThat(pdf.status()).isEqualTo(200);
    try (PDDocument document = Loader.loadPDF(pdf.bytes())) {
      assertThat(new PDFTextStripper().getText(document))
          .contains("ParcelIQ statement " + period)
          .contains("Closing balance: " + expected.sum().toPlainString());
    }

    JsonNode again = InvoiceRuns.completed(period, tenant.id());
    assertThat(again.path("issued").asInt()).isZero();
    assertThat(again.path("already_issued").asInt()).isEqualTo(1);
    assertThat(tenant.get("/v1/invoices").send().expect(200).path("invoices")).hasSize(1);
    assertThat(onlyInvoice(tenant).path("issued_at")).isEqualTo(invoice.path("issued_at"));

    Tenant stranger = TestStack.newTenant();
    for (String path : List.of("", "/csv", "/pdf")) {
      assertError(stranger.get("/v1/invoices/" + id + path).send(), 404, "RESOURCE.NOT_FOUND");
    }
    assertThat(stranger.get("/v1/invoices").send().expect(200).path("invoices")).isEmpty();
  }

  @Test
  void theTriggeredScheduleIssuesThePreviousMonthForEveryDueTenant() {
    Tenant tenant = tenantWithAMonthOfLedger();
    LedgerStatement expected = LedgerStatement.of(tenant);
    try (TemporalSchedules schedules =
        new TemporalSchedules(TestStack.config(), "tenant-invoices")) {
      ScheduleDescription described = schedules.describe();
      // "0 4 1 * *" in UTC (the server keeps it as a calendar): 04:00 on the 1st of each month.
      assertThat(described.getInfo().getNextActionTimes())
          .isNotEmpty()
          .allSatisfy(
              at ->
                  assertThat(at.atZone(ZoneOffset.UTC).toString())
                      .matches("\\d{4}-\\d{2}-01T04:00Z"));
      assertThat(described.getSchedule().getPolicy().getOverlap())
          .isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);

      String workflowId = schedules.triggerAndAwaitStart();
      @SuppressWarnings("unchecked")
      Map<String, Object> progress =
          schedules.workflows().newUntypedWorkflowStub(workflowId).getResult(Map.class);
      assertThat(progress)
          .containsEntry("status", "completed")
          .containsEntry("period", YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString());
    }
    JsonNode invoice = onlyInvoice(tenant);
    assertThat(invoice.path("period").asText()).isEqualTo(InvoiceRuns.lastMonth());
    assertThat(invoice.path("closing_balance").asText()).isEqualTo(expected.sum().toPlainString());
  }

  @Test
  void whileS3IsDownTheFilesAre503WithRetryAfterAndTheStatementStillReads() {
    Tenant tenant = tenantWithAMonthOfLedger();
    InvoiceRuns.completed(InvoiceRuns.lastMonth(), tenant.id());
    String id = onlyInvoice(tenant).path("id").asText();

    ServiceControl services = TestStack.services();
    services.kill("s3");
    try {
      for (String file : List.of("/csv", "/pdf")) {
        ApiResponse unreadable = tenant.get("/v1/invoices/" + id + file).send();
        assertError(unreadable, 503, "SERVICE.UNAVAILABLE");
        assertThat(unreadable.header("Retry-After")).isPresent();
      }
      assertThat(tenant.get("/v1/invoices/" + id).send().status()).isEqualTo(200);
    } finally {
      services.restart("s3");
    }
    Eventually.await(
        "the statement's CSV readable again",
        Duration.ofSeconds(60),
        () -> tenant.get("/v1/invoices/" + id + "/csv").send().status(),
        status -> status == 200);
  }

  @Test
  void onlyAClosedWellFormedMonthOfAKnownTenantCanBeRun() {
    String current = YearMonth.now(ZoneOffset.UTC).toString();
    String next = YearMonth.now(ZoneOffset.UTC).plusMonths(1).toString();
    for (String period : List.of(current, next, "2026-13", "last month")) {
      JsonNode error =
          assertError(InvoiceRuns.start(InvoiceRuns.body(period, null)), 422, "REQUEST.INVALID");
      assertThat(fieldsOf(error)).as(period).containsExactly("period");
    }
    JsonNode unknown =
        assertError(
            InvoiceRuns.start(InvoiceRuns.body(InvoiceRuns.lastMonth(), "ten_nobody")),
            422,
            "REQUEST.INVALID");
    assertThat(fieldsOf(unknown)).containsExactly("tenant_id");
    assertError(InvoiceRuns.get("ivr_" + "0".repeat(26)), 404, "RESOURCE.NOT_FOUND");
    Tenant tenant = TestStack.newTenant();
    assertThat(
            tenant
                .post(InvoiceRuns.RUNS)
                .idempotencyKey(Unique.key("run"))
                .json(InvoiceRuns.body(InvoiceRuns.lastMonth(), tenant.id()))
                .send()
                .status())
        .isEqualTo(403);
  }

  /**
   * A deposit, two labels bought (each first held, then paid), one voided and refunded, and an
   * operator's debit; then the whole ledger moved into last month.
   */
  private static Tenant tenantWithAMonthOfLedger() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    ScanFormRequests.purchased(tenant, Unique.key("inv-kept"));
    String voided = ScanFormRequests.purchased(tenant, Unique.key("inv-voided"));
    tenant.voidLabel(voided, Unique.key("void")).expect(200);
    Eventually.await(
        "the voided label's refund",
        Duration.ofSeconds(60),
        () -> tenant.ledgerEntries(voided),
        entries -> entries.stream().anyMatch(e -> e.path("kind").asText().equals("label_refund")));
    LedgerAdjustments.post(
            LedgerAdjustments.body(tenant.id(), "-1.37", "statement check"), Unique.key("adj"))
        .expect(201);
    assertThat(LastMonth.moveLedgerOf(tenant.id())).isGreaterThanOrEqualTo(6);
    return tenant;
  }

  private static JsonNode onlyInvoice(Tenant tenant) {
    JsonNode invoices = tenant.get("/v1/invoices").send().expect(200).path("invoices");
    assertThat(invoices).hasSize(1);
    return invoices.get(0);
  }

  private static Map<String, BigDecimal> totals(JsonNode invoice) {
    Map<String, BigDecimal> totals = new TreeMap<>();
    invoice
        .path("totals")
        .fields()
        .forEachRemaining(e -> totals.put(e.getKey(), new BigDecimal(e.getValue().asText())));
    return totals;
  }
}
