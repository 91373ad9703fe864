package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.BilledLabels;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.GeneratedInvoice;
import com.parceliq.it.support.Reconciliations;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.StackDatabase;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A 200,000-line invoice over 60,000 labels seeded in SQL, with the workers SIGKILLed while the
 * file is being parsed: the parse resumes from its last heartbeat's offset (not from the start),
 * every line is staged once, the classification counts are exact and every ledger key is posted
 * exactly once.
 */
class ReconciliationCrashIT {

  private static final int LABELS = 60_000;
  private static final int UNKNOWN = 8_000;

  private final StackDatabase database = StackDatabase.fromEnvironment();

  @Test
  void workersKilledWhileParsingResumeFromTheLastHeartbeatAndPostEveryKeyOnce() throws Exception {
    String template = BilledLabels.template(TestStack.newTenant());
    Tenant tenant = TestStack.newTenant();
    BilledLabels.Seeded labels = new BilledLabels(database).seed(template, tenant.id(), LABELS);
    Path file = Files.createTempFile("reconciliation-crash", ".csv");
    GeneratedInvoice invoice =
        GeneratedInvoice.write(file, "SBX-CRASH-" + Unique.key("inv"), labels, UNKNOWN);
    assertThat(invoice.lines()).isEqualTo(200_000);
    Reconciliations reconciliations = new Reconciliations(tenant);

    String runId;
    try {
      runId = reconciliations.uploadFile(file, Unique.key("rec")).expect(201).path("id").asText();
    } finally {
      Files.delete(file);
    }
    JsonNode midway =
        Eventually.await(
            "run " + runId + " to be parsing",
            Duration.ofMinutes(3),
            () -> reconciliations.runOrNull(runId),
            run ->
                run != null
                    && (run.path("bytes_read").asLong() > 0 || Reconciliations.finished(run)));
    assertThat(midway.path("status").asText())
        .as("the run must still be parsing when the workers die: %s", midway)
        .isEqualTo("parsing");
    assertThat(midway.path("bytes_read").asLong()).isLessThan(midway.path("object_bytes").asLong());
    ServiceControl services = TestStack.services();
    try {
      services.kill("workers");
    } finally {
      services.restart("workers");
    }
    JsonNode finished =
        Eventually.await(
            "run " + runId + " to finish after the restart",
            Duration.ofMinutes(20),
            () -> reconciliations.runOrNull(runId),
            Reconciliations::finished);

    assertThat(finished.path("status").asText()).as("%s", finished).isEqualTo("completed");
    assertThat(finished.path("lines_parsed").asLong()).isEqualTo(invoice.lines());
    assertThat(finished.path("bytes_read").asLong())
        .isEqualTo(finished.path("object_bytes").asLong());
    List<Long> starts = parseStarts(runId);
    assertThat(starts).as("parse_starts").hasSizeGreaterThanOrEqualTo(2);
    assertThat(starts.getFirst()).isZero();
    assertThat(starts.getLast()).as("the resumed parse's offset").isPositive();
    assertThat(count("select count(*) from reconciliation_lines where run_id = ?", runId))
        .isEqualTo(invoice.lines());
    invoice
        .labelsByClassification()
        .forEach(
            (classification, labelCount) ->
                assertThat(finished.path("summary").path(classification).path("labels").asLong())
                    .as(classification)
                    .isEqualTo(labelCount));
    assertThat(finished.path("labels_classified").asLong()).isEqualTo(LABELS + UNKNOWN);
    assertThat(new BigDecimal(finished.path("posted_total").asText()))
        .isEqualByComparingTo(invoice.postedTotal());
    String adjustments =
        "from ledger_transactions where tenant_id = ? and kind = 'carrier_adjustment'";
    assertThat(count("select count(*) " + adjustments, tenant.id())).isEqualTo(invoice.postings());
    assertThat(count("select count(distinct idempotency_key) " + adjustments, tenant.id()))
        .isEqualTo(invoice.postings());
    assertThat(
            count(
                "select count(*) from ledger_postings p join ledger_transactions t"
                    + " on t.id = p.transaction_id where t.tenant_id = ?"
                    + " and t.kind = 'carrier_adjustment'",
                tenant.id()))
        .as("postings of the adjustments: two each, none doubled")
        .isEqualTo(2 * invoice.postings());
  }

  private List<Long> parseStarts(String runId) throws SQLException {
    try (Connection connection = database.systemConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select parse_starts from reconciliation_runs where id = ?")) {
      query.setString(1, runId);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        Array starts = row.getArray(1);
        return Arrays.asList((Long[]) starts.getArray());
      }
    }
  }

  private long count(String sql, String parameter) throws SQLException {
    try (Connection connection = database.systemConnection();
        PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, parameter);
      try (ResultSet row = query.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }
}
