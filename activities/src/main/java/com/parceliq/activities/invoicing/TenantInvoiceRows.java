package com.parceliq.activities.invoicing;

import com.parceliq.store.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The issued statements' rows: one per (tenant, period), inserted once. */
@ApplicationScoped
public class TenantInvoiceRows {

  private static final String INSERT =
      """
      insert into tenant_invoices (id, tenant_id, period, period_start, period_end, currency,
          opening_balance, closing_balance, totals, line_count, csv_bucket, csv_key, csv_sha256,
          pdf_bucket, pdf_key, pdf_sha256, workflow_run_id)
      values (?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (tenant_id, period) do nothing
      """;

  @Inject DataSource dataSource;

  Optional<String> issued(String tenantId, String period) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement(
                "select id from tenant_invoices where tenant_id = ? and period = ?")) {
      query.setString(1, tenantId);
      query.setString(2, period);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the statements of " + tenantId, e);
    }
  }

  /** Inserts the row unless one exists; true when this call inserted it. */
  boolean insert(
      StatementSummary summary,
      StatementObjects.Stored csv,
      StatementObjects.Stored pdf,
      String workflowRunId) {
    Map<String, String> totals = new LinkedHashMap<>();
    summary.totals().forEach((kind, amount) -> totals.put(kind, amount.toPlainString()));
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert = connection.prepareStatement(INSERT)) {
      int i = 1;
      insert.setString(i++, summary.invoiceId());
      insert.setString(i++, summary.tenantId());
      insert.setString(i++, summary.period().toString());
      insert.setTimestamp(i++, Timestamp.from(summary.period().start()));
      insert.setTimestamp(i++, Timestamp.from(summary.period().end()));
      insert.setString(i++, summary.currency());
      insert.setBigDecimal(i++, summary.opening());
      insert.setBigDecimal(i++, summary.closing());
      insert.setString(i++, JsonColumns.write(totals));
      insert.setInt(i++, summary.lines());
      for (StatementObjects.Stored stored : new StatementObjects.Stored[] {csv, pdf}) {
        insert.setString(i++, stored.bucket());
        insert.setString(i++, stored.key());
        insert.setString(i++, stored.sha256());
      }
      insert.setString(i, workflowRunId);
      return insert.executeUpdate() == 1;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot record statement " + summary.invoiceId(), e);
    }
  }

  /** The tenant's name for the statement's head; its id when it has none. */
  String tenantName(String tenantId) {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement query =
            connection.prepareStatement("select name from tenants where id = ?")) {
      query.setString(1, tenantId);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? rows.getString(1) : tenantId;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read tenant " + tenantId, e);
    }
  }
}
