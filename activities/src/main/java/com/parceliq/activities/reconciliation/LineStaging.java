package com.parceliq.activities.reconciliation;

import com.parceliq.domain.reconciliation.InvoiceLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * Stages a batch of parsed lines and the run's progress in ONE transaction: one multi-row insert
 * (arrays unnested by PostgreSQL, so a batch of thousands is one round trip) that skips lines an
 * earlier attempt already staged, and the byte offset and line count a resumed parse starts from.
 */
@ApplicationScoped
public class LineStaging {

  private static final String INSERT_LINES =
      """
      insert into reconciliation_lines
        (run_id, tenant_id, line_no, invoice_number, invoice_date, tracking_code, service,
         billed_weight_oz, charge_type, amount, currency)
      select ?, ?, l.*
        from unnest(?::text[]::bigint[], ?::text[], ?::text[]::date[], ?::text[], ?::text[],
                    ?::text[]::integer[], ?::text[], ?::text[]::numeric[], ?::text[])
             as l(line_no, invoice_number, invoice_date, tracking_code, service, billed_weight_oz,
                  charge_type, amount, currency)
      on conflict (run_id, line_no) do nothing
      """;

  private static final String PROGRESS =
      """
      update reconciliation_runs
         set bytes_read = ?, lines_parsed = ?, invoice_number = coalesce(invoice_number, ?),
             status = ?, updated_at = now()
       where id = ? and tenant_id = ?
      """;

  @Inject DataSource dataSource;

  /**
   * Stages {@code lines} (numbered from {@code firstLineNo}) and records {@code offset} and {@code
   * lastLineNo}; {@code done} moves the run on to classifying in the same transaction.
   */
  void stage(
      String tenantId,
      String runId,
      List<InvoiceLine> lines,
      long firstLineNo,
      long offset,
      long lastLineNo,
      boolean done) {
    Sql.inNewTransaction(
        dataSource,
        connection -> {
          if (!lines.isEmpty()) {
            insert(connection, tenantId, runId, lines, firstLineNo);
          }
          return Sql.update(
              connection,
              PROGRESS,
              offset,
              lastLineNo,
              lines.isEmpty() ? null : lines.get(0).invoiceNumber(),
              done ? "classifying" : "parsing",
              runId,
              tenantId);
        });
  }

  private static void insert(
      Connection connection, String tenantId, String runId, List<InvoiceLine> lines, long first)
      throws SQLException {
    int n = lines.size();
    String[][] columns = new String[9][n];
    for (int i = 0; i < n; i++) {
      InvoiceLine line = lines.get(i);
      columns[0][i] = Long.toString(first + i);
      columns[1][i] = line.invoiceNumber();
      columns[2][i] = line.invoiceDate().toString();
      columns[3][i] = line.trackingCode();
      columns[4][i] = line.service();
      columns[5][i] = line.billedWeightOz() == null ? null : line.billedWeightOz().toString();
      columns[6][i] = line.chargeType().wireName();
      columns[7][i] = line.amount().toPlainString();
      columns[8][i] = line.currency();
    }
    try (PreparedStatement insert = connection.prepareStatement(INSERT_LINES)) {
      insert.setString(1, runId);
      insert.setString(2, tenantId);
      for (int c = 0; c < columns.length; c++) {
        insert.setArray(c + 3, connection.createArrayOf("text", columns[c]));
      }
      insert.executeUpdate();
    }
  }
}
