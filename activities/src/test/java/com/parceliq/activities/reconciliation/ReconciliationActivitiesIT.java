package com.parceliq.activities.reconciliation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.blob.S3Settings;
import com.parceliq.temporal.ParcelIqDataConverter;
import com.parceliq.workflows.ports.InboxPage;
import com.parceliq.workflows.ports.ParsedInvoice;
import com.parceliq.workflows.ports.ReconciliationActivities;
import com.parceliq.workflows.ports.ReconciliationInboxActivities;
import com.parceliq.workflows.ports.ReconciliationTotals;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import io.quarkus.arc.ClientProxy;
import io.quarkus.test.junit.QuarkusTest;
import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.RetryOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestActivityEnvironment;
import io.temporal.testing.TestEnvironmentOptions;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * Reconciliation's steps against the real PostgreSQL and S3 of the test stack: every classification
 * with its ledger effect, an idempotent re-run, a parse resumed from a heartbeat, and invalid
 * files.
 */
@QuarkusTest
class ReconciliationActivitiesIT {

  private static final String HEADER =
      "invoice_number,invoice_date,tracking_code,service,billed_weight_oz,charge_type,amount,"
          + "currency\n";

  @Inject EntityManager entityManager;
  @Inject ReconciliationActivities activities;
  @Inject ReconciliationSettings settings;
  @Inject InvoiceParse invoiceParse;
  @Inject ReconciliationInboxActivities inbox;
  @Inject S3Client s3;
  @Inject S3Settings buckets;

  private ReconciliationFixtures fixtures;
  private String tenant;

  @AfterEach
  void restoreBatchSize() {
    ClientProxy.unwrap(settings).parseBatchSize = 5000;
  }

  @BeforeEach
  void setUp() {
    fixtures = new ReconciliationFixtures(entityManager);
    tenant = fixtures.tenant();
  }

  @Test
  void everyClassificationIsFoundAndOnlyDifferencesArePosted() {
    String otherTenant = fixtures.tenant();
    String t = tenant.substring(4, 12);
    fixtures.label(tenant, "M" + t, "purchased", "7.25");
    String over = fixtures.label(tenant, "O" + t, "purchased", "7.25");
    String under = fixtures.label(tenant, "U" + t, "delivered", "7.25");
    String adjusted = fixtures.label(tenant, "W" + t, "in_transit", "7.25");
    fixtures.label(tenant, "D" + t, "purchased", "7.25");
    fixtures.label(tenant, "V" + t, "voided", "7.25");
    fixtures.label(otherTenant, "X" + t, "purchased", "7.25");
    String invoice =
        HEADER
            + line("M" + t, "base", "7.25")
            + line("O" + t, "base", "7.25")
            + line("O" + t, "fuel", "1.00")
            + line("U" + t, "base", "6.00")
            + line("W" + t, "base", "7.25")
            + line("W" + t, "adjustment", "2.00")
            + line("D" + t, "base", "7.25")
            + line("D" + t, "base", "7.25")
            + line("V" + t, "base", "7.25")
            + line("X" + t, "base", "7.25")
            + line("Z" + t, "base", "3.00");

    ReconciliationTotals totals = reconcile(upload(invoice), 2);

    assertThat(classifications(totals.runId()))
        .containsExactly(
            List.of("D" + t, "duplicate_charge", "7.25", "", ""),
            List.of("M" + t, "matched", "0.00", "", ""),
            List.of("O" + t, "overbilled", "1.00", "-1.00", over),
            List.of("U" + t, "underbilled", "-1.25", "1.25", under),
            List.of("V" + t, "billed_but_voided", "7.25", "", ""),
            List.of("W" + t, "weight_adjustment", "2.00", "-2.00", adjusted),
            List.of("X" + t, "unknown_tracking_code", "7.25", "", ""),
            List.of("Z" + t, "unknown_tracking_code", "3.00", "", ""));
    assertThat(
            fixtures.count(
                "select count(*) from ledger_transactions where tenant_id = ?1"
                    + " and kind = 'carrier_adjustment'",
                tenant))
        .isEqualTo(3);
    assertThat(totals.status()).isEqualTo("completed");
    assertThat(totals.lines()).isEqualTo(11);
    assertThat(totals.labels()).isEqualTo(8);
    assertThat(totals.billedTotal()).isEqualTo("62.75");
    assertThat(totals.postedTotal()).isEqualTo("-1.75");
    assertThat(totals.summary().get("unknown_tracking_code"))
        .containsEntry("labels", 2)
        .containsEntry("billed", "10.25");
    String report = read(totals.reportKey());
    assertThat(report)
        .startsWith(ReportWriter.HEADER + "\r\n" + "D" + t + ",")
        .contains("O" + t + "," + over + ",overbilled,2,8.25,7.25,1.00,-1.00,led_");
    assertThat(report.split("\r\n")).hasSize(9);
  }

  @Test
  void reconcilingTheSameInvoiceAgainPostsNothingNew() {
    String t = tenant.substring(4, 12);
    fixtures.label(tenant, "O" + t, "purchased", "7.25");
    fixtures.label(tenant, "M" + t, "purchased", "7.25");
    String invoice = HEADER + line("O" + t, "base", "8.00") + line("M" + t, "base", "7.25");
    ReconciliationTotals first = reconcile(upload(invoice), 10);
    long entries = ledgerEntries();

    ReconciliationTotals again = reconcile(upload(invoice), 10);

    assertThat(ledgerEntries()).isEqualTo(entries);
    assertThat(classifications(again.runId()))
        .extracting(row -> row.get(1))
        .containsExactly("matched", "overbilled");
    assertThat(classifications(again.runId()).get(1).get(4)).isEmpty();
    assertThat(first.postedTotal()).isEqualTo("-0.75");
    assertThat(again.postedTotal()).isEqualTo("0.00");
    assertThat(
            fixtures.single(
                "select ledger_entry_id from reconciliation_labels where run_id = ?1"
                    + " and tracking_code = ?2",
                again.runId(),
                "O" + t))
        .isEqualTo(
            fixtures.single(
                "select ledger_entry_id from reconciliation_labels where run_id = ?1"
                    + " and tracking_code = ?2",
                first.runId(),
                "O" + t));
  }

  @Test
  void aTrackingCodeBilledAgainLaterInTheFileIsClassifiedOnceWithAllItsLines() {
    String t = tenant.substring(4, 12);
    String first = fixtures.label(tenant, "A" + t, "purchased", "7.25");
    String second = fixtures.label(tenant, "B" + t, "purchased", "7.25");
    fixtures.label(tenant, "C" + t, "purchased", "7.25");
    fixtures.label(tenant, "D" + t, "purchased", "7.25");
    // Pages of two codes: A and B are classified by the first page, with the lines that come
    // after the second page's window; the last lines open no third page.
    String invoice =
        HEADER
            + line("A" + t, "base", "7.25")
            + line("B" + t, "base", "7.25")
            + line("C" + t, "base", "7.25")
            + line("D" + t, "base", "7.25")
            + line("A" + t, "fuel", "1.00")
            + line("B" + t, "fuel", "0.50");

    ReconciliationTotals totals = reconcile(upload(invoice), 2);

    assertThat(classifications(totals.runId()))
        .containsExactly(
            List.of("A" + t, "overbilled", "1.00", "-1.00", first),
            List.of("B" + t, "overbilled", "0.50", "-0.50", second),
            List.of("C" + t, "matched", "0.00", "", ""),
            List.of("D" + t, "matched", "0.00", "", ""));
    assertThat(totals.labels()).isEqualTo(4);
    assertThat(totals.postedTotal()).isEqualTo("-1.50");
    assertThat(ledgerEntries()).isEqualTo(2);
    assertThat(activities.reconcileClassifyPage(tenant, totals.runId(), 2).empty()).isTrue();
  }

  @Test
  void aLaterInvoiceBillingTheSameBaseIsADuplicateAndTheFirstStaysAsItWas() {
    String t = tenant.substring(4, 12);
    fixtures.label(tenant, "B" + t, "purchased", "7.25");
    String first = HEADER + line("B" + t, "base", "7.25");
    String second = first.replace("INV-1", "INV-2");

    reconcile(upload(first), 10);
    ReconciliationTotals duplicate = reconcile(upload(second), 10);
    ReconciliationTotals firstAgain = reconcile(upload(first), 10);

    assertThat(classifications(duplicate.runId()).get(0).get(1)).isEqualTo("duplicate_charge");
    assertThat(classifications(firstAgain.runId()).get(0).get(1)).isEqualTo("matched");
  }

  @Test
  void aParseKilledAfterStagingResumesFromItsLastHeartbeatWithoutDuplicatingLines() {
    ClientProxy.unwrap(settings).parseBatchSize = 10;
    StringBuilder invoice = new StringBuilder(HEADER);
    for (int i = 0; i < 95; i++) {
      invoice.append(line("\"T%05d\"".formatted(i), "base", "1.00"));
    }
    ReconciliationRequest request = upload(invoice.toString());
    activities.reconcileRecordRun(request);
    List<ParseCheckpoint> heartbeats = new ArrayList<>();
    ActivityExecutionContext killedAtThirdHeartbeat = context(null);
    doAnswer(
            call -> {
              heartbeats.add(call.getArgument(0));
              if (heartbeats.size() == 3) {
                throw new IllegalStateException("worker killed");
              }
              return null;
            })
        .when(killedAtThirdHeartbeat)
        .heartbeat(any());

    assertThatThrownBy(() -> invoiceParse.parse(request, killedAtThirdHeartbeat))
        .hasMessage("worker killed");
    // The third batch committed but its heartbeat never reached Temporal: resume from the second.
    ParsedInvoice parsed = invoiceParse.parse(request, context(heartbeats.get(1)));

    assertThat(parsed.lines()).isEqualTo(95);
    assertThat(
            fixtures.count(
                "select count(*) from reconciliation_lines where run_id = ?1", request.runId()))
        .isEqualTo(95);
    assertThat(
            fixtures.count(
                "select lines_parsed from reconciliation_runs where id = ?1", request.runId()))
        .isEqualTo(95);
    assertThat(
            fixtures.single(
                "select array_to_string(parse_starts, ',') from reconciliation_runs where id = ?1",
                request.runId()))
        .isEqualTo("0," + heartbeats.get(1).offset());
    assertThat(heartbeats.get(1).lineNo()).isEqualTo(20);
    assertThat(
            fixtures.single(
                "select tracking_code from reconciliation_lines where run_id = ?1 and line_no = 95",
                request.runId()))
        .isEqualTo("T00094");
    assertThat(
            fixtures.single(
                "select status from reconciliation_runs where id = ?1", request.runId()))
        .isEqualTo("classifying");
  }

  private static ActivityExecutionContext context(ParseCheckpoint heartbeat) {
    ActivityExecutionContext context = mock(ActivityExecutionContext.class);
    when(context.getHeartbeatDetails(ParseCheckpoint.class))
        .thenReturn(Optional.ofNullable(heartbeat));
    return context;
  }

  @Test
  void aMalformedLineFailsTheParseNamingTheLineAndPostsNothing() {
    ReconciliationRequest request =
        upload(HEADER + line("A1", "base", "7.25") + line("A2", "base", "seven"));
    activities.reconcileRecordRun(request);

    assertThatThrownBy(() -> parse(request, null, beat -> {}))
        .cause()
        .isInstanceOf(ApplicationFailure.class)
        .hasMessageContaining("data line 2")
        .hasMessageContaining("amount")
        .satisfies(
            failure ->
                assertThat(((ApplicationFailure) failure).getType())
                    .isEqualTo("RECONCILIATION.INVALID_FILE"));
    ReconciliationTotals failed =
        activities.reconcileFail(tenant, request.runId(), "RECONCILIATION.INVALID_FILE", "bad");
    assertThat(failed.status()).isEqualTo("failed");
    assertThat(ledgerEntries()).isZero();
  }

  @Test
  void anUnknownHeaderOrAnotherCarriersFileIsInvalid() {
    ReconciliationRequest unknown = upload("tracking,amount\nA1,7.25\n");
    activities.reconcileRecordRun(unknown);
    ReconciliationRequest ups =
        withCarrier(
            upload(
                "Invoice Number,Invoice Date,Tracking Number,Service Level,Billed Weight,"
                    + "Weight Unit,Charge Category,Charge Description,Net Amount,Currency\n"
                    + "U1,2026-11-20,1Z999,Ground,2.5,LB,FRT,Ground,9.10,USD\n"),
            "sandbox");
    activities.reconcileRecordRun(ups);

    assertThatThrownBy(() -> parse(unknown, null, beat -> {}))
        .cause()
        .hasMessageContaining("unknown invoice header");
    assertThatThrownBy(() -> parse(ups, null, beat -> {}))
        .cause()
        .hasMessageContaining("not one of carrier sandbox");
  }

  @Test
  void theInboxClaimsEachFileOfAnExistingTenantOnceAndOffersItUntilItStarts() {
    String carrier = "it" + tenant.substring(4, 12).toLowerCase(java.util.Locale.ROOT);
    String prefix = "inbox/" + carrier + "/";
    for (String key :
        List.of(
            prefix + tenant + "/a.csv",
            prefix + tenant + "/b.csv",
            prefix + tenant + "/notes.txt",
            prefix + "ten_nobody/c.csv",
            prefix + "loose.csv")) {
      s3.putObject(
          PutObjectRequest.builder().bucket(buckets.reconciliationBucket()).key(key).build(),
          RequestBody.fromString(HEADER, StandardCharsets.UTF_8));
    }

    // Keys list in order: loose.csv, <tenant>/a.csv | <tenant>/b.csv, notes.txt, ten_nobody/c.csv
    InboxPage first = inbox.reconcileInboxPage(carrier, null, 2);
    InboxPage rest = inbox.reconcileInboxPage(carrier, first.nextStartAfter(), 10);
    InboxPage again = inbox.reconcileInboxPage(carrier, null, 10);

    assertThat(first.files())
        .extracting(ReconciliationRequest::key)
        .containsExactly(prefix + tenant + "/a.csv");
    assertThat(first.nextStartAfter()).isEqualTo(prefix + tenant + "/a.csv");
    assertThat(rest.files())
        .extracting(ReconciliationRequest::key)
        .containsExactly(prefix + tenant + "/b.csv");
    assertThat(rest.nextStartAfter()).isNull();
    assertThat(again.files()).containsExactly(first.files().get(0), rest.files().get(0));
    assertThat(again.files())
        .allSatisfy(
            file -> {
              assertThat(file.tenantId()).isEqualTo(tenant);
              assertThat(file.source()).isEqualTo("inbox");
              assertThat(file.carrier()).isEqualTo(carrier);
            });
    fixtures.count(
        "with done as (update reconciliation_runs set status = 'completed'"
            + " where id = ?1 returning id) select count(*) from done",
        first.files().get(0).runId());
    assertThat(inbox.reconcileInboxPage(carrier, null, 10).files())
        .containsExactly(rest.files().get(0));
    assertThat(
            fixtures.count(
                "select count(*) from reconciliation_runs where tenant_id = ?1"
                    + " and source = 'inbox'",
                tenant))
        .isEqualTo(2);
  }

  private ReconciliationTotals reconcile(ReconciliationRequest request, int pageSize) {
    activities.reconcileRecordRun(request);
    parse(request, null, beat -> {});
    while (!activities.reconcileClassifyPage(tenant, request.runId(), pageSize).empty()) {
      // next page
    }
    activities.reconcileWriteReport(tenant, request.runId());
    return activities.reconcileFinish(tenant, request.runId());
  }

  /** A parse attempt run as Temporal runs it (the failure it ends with, as the workflow sees). */
  private ParsedInvoice parse(
      ReconciliationRequest request, ParseCheckpoint resumeFrom, Consumer<ParseCheckpoint> beats) {
    TestActivityEnvironment temporal =
        TestActivityEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setDataConverter(ParcelIqDataConverter.instance())
                        .build())
                .build());
    try {
      temporal.registerActivitiesImplementations(activities);
      temporal.setActivityHeartbeatListener(ParseCheckpoint.class, beats::accept);
      if (resumeFrom != null) {
        temporal.setHeartbeatDetails(resumeFrom);
      }
      return temporal
          .newActivityStub(
              ReconciliationActivities.class,
              ActivityOptions.newBuilder()
                  .setStartToCloseTimeout(Duration.ofMinutes(1))
                  .setHeartbeatTimeout(Duration.ofMinutes(1))
                  .setRetryOptions(RetryOptions.newBuilder().setMaximumAttempts(1).build())
                  .build())
          .reconcileParse(request);
    } finally {
      temporal.close();
    }
  }

  private ReconciliationRequest upload(String csv) {
    String runId = Ids.newId(IdPrefix.RECONCILIATION);
    String key = "uploads/" + tenant + "/" + runId + ".csv";
    s3.putObject(
        PutObjectRequest.builder().bucket(buckets.reconciliationBucket()).key(key).build(),
        RequestBody.fromString(csv, StandardCharsets.UTF_8));
    return new ReconciliationRequest(
        tenant, runId, "sandbox", "upload", buckets.reconciliationBucket(), key);
  }

  private static ReconciliationRequest withCarrier(ReconciliationRequest request, String carrier) {
    return new ReconciliationRequest(
        request.tenantId(),
        request.runId(),
        carrier,
        request.source(),
        request.bucket(),
        request.key());
  }

  private static String line(String trackingCode, String chargeType, String amount) {
    return "INV-1,2026-11-20,%s,ground,18,%s,%s,USD\n".formatted(trackingCode, chargeType, amount);
  }

  private List<List<String>> classifications(String runId) {
    return fixtures
        .rows(
            "select tracking_code, classification, difference::text, coalesce(posted::text, ''),"
                + " case when posted is null then '' else shipment_id end"
                + " from reconciliation_labels where run_id = ?1 order by tracking_code",
            runId)
        .stream()
        .map(row -> java.util.Arrays.stream(row).map(String::valueOf).toList())
        .toList();
  }

  private long ledgerEntries() {
    return fixtures.count(
        "select count(*) from ledger_transactions where tenant_id = ?1"
            + " and kind = 'carrier_adjustment'",
        tenant);
  }

  private String read(String key) {
    return s3.getObjectAsBytes(
            GetObjectRequest.builder().bucket(buckets.reconciliationBucket()).key(key).build())
        .asString(StandardCharsets.UTF_8);
  }
}
