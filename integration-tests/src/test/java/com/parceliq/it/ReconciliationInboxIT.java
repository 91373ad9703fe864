package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ArchiveObjects;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Reconciliations;
import com.parceliq.it.support.TemporalSchedules;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Invoices that a tenant (or its carrier feed) puts into its S3 inbox: named through the API with
 * {@code s3_key} (a UPS-like file here), or found by the inbox schedule, which reconciles each file
 * exactly once however often it scans.
 */
class ReconciliationInboxIT {

  private static final String BUCKET = "parceliq-reconciliation";
  private static final String UPS_HEADER =
      "Invoice Number,Invoice Date,Tracking Number,Service Level,Billed Weight,Weight Unit,"
          + "Charge Category,Charge Description,Net Amount,Currency";

  @Test
  void aUpsLikeInvoiceNamedByS3KeyIsParsedAndItsUnknownCodesReported() {
    Tenant tenant = TestStack.newTenant();
    String key = "inbox/ups/" + tenant.id() + "/" + Unique.key("ups") + ".csv";
    String csv =
        UPS_HEADER
            + "\nUPS-INV-7,2026-11-20,1ZNOLABEL0001,Ground,2.5,LB,FRT,Freight,9.10,USD"
            + "\nUPS-INV-7,2026-11-20,1ZNOLABEL0001,Ground,2.5,LB,FSC,Fuel Surcharge,0.91,USD"
            + "\nUPS-INV-7,2026-11-20,1ZNOLABEL0002,Ground,1,KG,ACC,Residential Surcharge,4.25,USD\n";
    put(key, csv);
    Reconciliations reconciliations = new Reconciliations(tenant);

    JsonNode started = reconciliations.fromKey(key, "ups").expect(201);
    JsonNode run = ReconciliationIT.await(reconciliations, started.path("id").asText());

    assertThat(run.path("status").asText()).as("%s", run).isEqualTo("completed");
    assertThat(run.path("format").asText()).isEqualTo("ups");
    assertThat(run.path("carrier").asText()).isEqualTo("ups");
    assertThat(run.path("source").asText()).isEqualTo("s3_key");
    assertThat(run.path("invoice_number").asText()).isEqualTo("UPS-INV-7");
    assertThat(run.path("lines_parsed").asLong()).isEqualTo(3);
    assertThat(run.path("billed_total").asText()).isEqualTo("14.26");
    assertThat(run.path("summary").path("unknown_tracking_code").path("labels").asInt())
        .isEqualTo(2);
    assertThat(new BigDecimal(run.path("posted_total").asText("0"))).isZero();
    assertThat(reconciliations.reportRows(run.path("id").asText()).keySet())
        .containsExactly("1ZNOLABEL0001", "1ZNOLABEL0002");
  }

  @Test
  void theInboxScheduleReconcilesANewFileExactlyOnceHoweverOftenItScans() {
    Tenant tenant = TestStack.newTenant();
    String key = "inbox/sandbox/" + tenant.id() + "/" + Unique.key("daily") + ".csv";
    put(key, ReconciliationIT.unknownCodesInvoice("INBOX", 3));
    Reconciliations reconciliations = new Reconciliations(tenant);

    try (TemporalSchedules schedule =
        new TemporalSchedules(TestStack.config(), "reconciliation-inbox")) {
      schedule.runOnce();
      List<JsonNode> run =
          Eventually.await(
              "the inbox file's run to complete",
              Duration.ofMinutes(3),
              () -> inboxRuns(tenant),
              runs -> runs.size() == 1 && Reconciliations.finished(runs.getFirst()));
      assertThat(run.get(0).path("status").asText()).isEqualTo("completed");
      assertThat(run.get(0).path("summary").path("unknown_tracking_code").path("labels").asInt())
          .isEqualTo(3);

      schedule.runOnce();

      assertThat(inboxRuns(tenant)).hasSize(1);
      assertThat(reconciliations.reportRows(run.get(0).path("id").asText())).hasSize(3);
    }
  }

  private static List<JsonNode> inboxRuns(Tenant tenant) {
    List<JsonNode> runs = new ArrayList<>();
    tenant
        .get(Reconciliations.RUNS + "?page_size=100")
        .send()
        .expect(200)
        .path("reconciliation_runs")
        .forEach(
            run -> {
              if (run.path("source").asText().equals("inbox")) {
                runs.add(run);
              }
            });
    return runs;
  }

  private static void put(String key, String csv) {
    try (ArchiveObjects s3 = ArchiveObjects.fromEnvironment()) {
      s3.put(BUCKET, key, csv.getBytes(StandardCharsets.UTF_8));
    }
  }
}
