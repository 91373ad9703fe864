package com.parceliq.activities.reconciliation;

import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;

/** The run's row: recorded once, then moved through its statuses by the steps. */
@ApplicationScoped
public class RunRows {

  private static final String INSERT =
      """
      insert into reconciliation_runs
        (id, tenant_id, carrier, source, object_bucket, object_key, status)
      values (?, ?, ?, ?, ?, ?, 'pending')
      on conflict do nothing
      """;

  private static final String SELECT =
      """
      select status, carrier, format, invoice_number, coalesce(object_bytes, 0), bytes_read,
             lines_parsed, labels_classified, failure_code
        from reconciliation_runs where id = ? and tenant_id = ?
      """;

  private static final String START_PARSE =
      """
      update reconciliation_runs
         set status = 'parsing', format = ?, carrier = ?, object_bytes = ?,
             parse_starts = parse_starts || ?::bigint, updated_at = now()
       where id = ? and tenant_id = ? and status in ('pending', 'parsing')
      """;

  private static final String FAIL =
      """
      update reconciliation_runs
         set status = 'failed', failure_code = ?, failure_message = ?,
             completed_at = coalesce(completed_at, now()), updated_at = now()
       where id = ? and tenant_id = ? and status <> 'completed'
      """;

  private static final String FINISH =
      """
      update reconciliation_runs
         set status = 'completed', completed_at = coalesce(completed_at, now()), updated_at = now()
       where id = ? and tenant_id = ? and status <> 'failed'
      """;

  @Inject DataSource dataSource;

  /** Inserts the row unless it exists, then reads it; empty when another run holds the object. */
  Optional<RunRow> record(ReconciliationRequest request) {
    return Sql.inNewTransaction(
        dataSource,
        connection -> {
          Sql.update(
              connection,
              INSERT,
              request.runId(),
              request.tenantId(),
              request.carrier() == null ? "" : request.carrier(),
              request.source(),
              request.bucket(),
              request.key());
          return read(connection, request.tenantId(), request.runId());
        });
  }

  Optional<RunRow> find(String tenantId, String runId) {
    return Sql.inNewTransaction(dataSource, connection -> read(connection, tenantId, runId));
  }

  /** Notes that a parse attempt starts at {@code offset}: more than one start means it resumed. */
  void startParse(String tenantId, String runId, ParseCheckpoint from, long objectBytes) {
    Sql.inNewTransaction(
        dataSource,
        connection ->
            Sql.update(
                connection,
                START_PARSE,
                from.format(),
                from.carrier(),
                objectBytes,
                from.offset(),
                runId,
                tenantId));
  }

  void fail(String tenantId, String runId, String code, String message) {
    Sql.inNewTransaction(
        dataSource, connection -> Sql.update(connection, FAIL, code, message, runId, tenantId));
  }

  void finish(String tenantId, String runId) {
    Sql.inNewTransaction(dataSource, connection -> Sql.update(connection, FINISH, runId, tenantId));
  }

  void status(String tenantId, String runId, String status) {
    Sql.inNewTransaction(
        dataSource,
        connection ->
            Sql.update(
                connection,
                "update reconciliation_runs set status = ?, updated_at = now()"
                    + " where id = ? and tenant_id = ? and status not in ('completed', 'failed')",
                status,
                runId,
                tenantId));
  }

  static Optional<RunRow> read(Connection connection, String tenantId, String runId)
      throws SQLException {
    try (PreparedStatement select = connection.prepareStatement(SELECT)) {
      Sql.bind(select, runId, tenantId);
      try (ResultSet row = select.executeQuery()) {
        if (!row.next()) {
          return Optional.empty();
        }
        return Optional.of(
            new RunRow(
                row.getString(1),
                row.getString(2),
                row.getString(3),
                row.getString(4),
                row.getLong(5),
                row.getLong(6),
                row.getLong(7),
                row.getLong(8),
                row.getString(9)));
      }
    }
  }
}
