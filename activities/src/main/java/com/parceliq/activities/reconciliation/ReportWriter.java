package com.parceliq.activities.reconciliation;

import com.parceliq.store.blob.S3Settings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import javax.sql.DataSource;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.PutObjectRequest;

/**
 * The run's report: its labels by tracking code, read with a cursor (a thousand rows at a time)
 * into a temporary file that is then uploaded, so no run's report is ever whole in memory.
 */
@ApplicationScoped
public class ReportWriter {

  static final String HEADER =
      "tracking_code,shipment_id,classification,lines,billed,expected,difference,posted,"
          + "ledger_entry_id,note";

  private static final String LABELS =
      """
      select tracking_code, shipment_id, classification, lines, billed, expected, difference,
             posted, ledger_entry_id, note
        from reconciliation_labels where run_id = ? and tenant_id = ?
       order by tracking_code
      """;

  private static final String RECORD =
      """
      update reconciliation_runs set report_bucket = ?, report_key = ?, updated_at = now()
       where id = ? and tenant_id = ?
      """;

  @Inject DataSource dataSource;
  @Inject S3Client s3;
  @Inject S3Settings buckets;

  static String keyOf(String tenantId, String runId) {
    return "reports/" + tenantId + "/" + runId + ".csv";
  }

  String write(String tenantId, String runId) {
    String key = keyOf(tenantId, runId);
    Path file = null;
    try {
      file = Files.createTempFile("reconciliation-" + runId, ".csv");
      Path target = file;
      Sql.inNewTransaction(
          dataSource,
          connection -> {
            try (PreparedStatement select = connection.prepareStatement(LABELS);
                Writer out = Files.newBufferedWriter(target, StandardCharsets.UTF_8)) {
              select.setFetchSize(1000);
              Sql.bind(select, runId, tenantId);
              out.write(HEADER);
              out.write("\r\n");
              try (ResultSet row = select.executeQuery()) {
                while (row.next()) {
                  writeRow((BufferedWriter) out, row);
                }
              }
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
            return null;
          });
      s3.putObject(
          PutObjectRequest.builder()
              .bucket(buckets.reconciliationBucket())
              .key(key)
              .contentType("text/csv")
              .build(),
          RequestBody.fromFile(file));
      Sql.inNewTransaction(
          dataSource,
          connection ->
              Sql.update(connection, RECORD, buckets.reconciliationBucket(), key, runId, tenantId));
      return key;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (file != null) {
        file.toFile().delete();
      }
    }
  }

  private static void writeRow(BufferedWriter out, ResultSet row) throws SQLException, IOException {
    for (int column = 1; column <= 10; column++) {
      if (column > 1) {
        out.write(',');
      }
      Object value = row.getObject(column);
      String text =
          value instanceof BigDecimal amount
              ? amount.toPlainString()
              : value == null ? "" : value.toString();
      out.write(quoted(text));
    }
    out.write("\r\n");
  }

  /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
  static String quoted(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }
}
