package com.parceliq.api.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.parceliq.api.http.Decimals;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/** Run DTOs: from a {@code reconciliation_runs} row, or pending before the workers wrote it. */
final class ReconciliationRunViews {

  /** The columns {@link #fromRow} reads, in its order. */
  static final String COLUMNS =
      "id, status, carrier, format, source, invoice_number, object_bytes, bytes_read,"
          + " lines_parsed, labels_classified, summary::text, billed_total, expected_total,"
          + " posted_total, report_bucket, report_key, failure_code, failure_message, created_at,"
          + " updated_at, completed_at";

  static final String PENDING = "pending";

  private ReconciliationRunViews() {}

  /** A run just started (or whose workflow has not yet recorded its row). */
  static ReconciliationRunDto pending(ReconciliationRequest request, String format, Long bytes) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    return new ReconciliationRunDto(
        request.runId(),
        ReconciliationRunDto.OBJECT,
        PENDING,
        request.carrier(),
        format,
        request.source(),
        null,
        bytes,
        0,
        0,
        0,
        JsonNodeFactory.instance.objectNode(),
        null,
        null,
        null,
        null,
        null,
        now,
        now,
        null);
  }

  static ReconciliationRunDto fromRow(Object[] row, SummaryReader summaries) {
    String reportKey = (String) row[15];
    String failureCode = (String) row[16];
    return new ReconciliationRunDto(
        (String) row[0],
        ReconciliationRunDto.OBJECT,
        (String) row[1],
        (String) row[2],
        (String) row[3],
        (String) row[4],
        (String) row[5],
        row[6] == null ? null : ((Number) row[6]).longValue(),
        ((Number) row[7]).longValue(),
        ((Number) row[8]).longValue(),
        ((Number) row[9]).longValue(),
        summaries.read((String) row[10]),
        money(row[11]),
        money(row[12]),
        money(row[13]),
        reportKey == null ? null : new ReconciliationRunDto.ReportRef((String) row[14], reportKey),
        failureCode == null
            ? null
            : new ReconciliationRunDto.Failure(failureCode, (String) row[17]),
        instant(row[18]),
        instant(row[19]),
        instant(row[20]));
  }

  /** Parses the summary column (jsonb, read as text). */
  interface SummaryReader {
    JsonNode read(String json);
  }

  private static String money(Object value) {
    return value == null ? null : Decimals.money((BigDecimal) value);
  }

  private static Instant instant(Object value) {
    return switch (value) {
      case null -> null;
      case Instant instant -> instant;
      case OffsetDateTime offset -> offset.toInstant();
      case Timestamp timestamp -> timestamp.toInstant();
      default -> throw new IllegalStateException("not a timestamp: " + value.getClass());
    };
  }
}
