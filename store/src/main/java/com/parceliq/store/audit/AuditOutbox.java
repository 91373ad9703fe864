package com.parceliq.store.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import com.parceliq.store.JsonColumns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The audit records a sink has not been sent yet, read in commit-safe order (see V17: a cursor on
 * the writing transaction's id and the record id, moved only below the oldest running transaction),
 * and the sink's cursor. Every method runs on the caller's connection and transaction.
 */
final class AuditOutbox {

  /** Where a sink stands: the last record forwarded, or the start. */
  record Cursor(String txId, String recordId) {
    static final Cursor START = new Cursor("0", "");
  }

  /** A batch and the cursor just past its last record. */
  record Batch(List<AuditEvent> events, Cursor end) {}

  private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {};

  private AuditOutbox() {}

  /** One sender per sink at a time, across API instances; released when the transaction ends. */
  static boolean tryLock(Connection connection, String sink) throws SQLException {
    try (PreparedStatement lock =
        connection.prepareStatement("select pg_try_advisory_xact_lock(hashtext(?))")) {
      lock.setString(1, "audit-sink:" + sink);
      try (ResultSet row = lock.executeQuery()) {
        row.next();
        return row.getBoolean(1);
      }
    }
  }

  static Cursor cursor(Connection connection, String sink) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select last_tx_id::text, last_record_id from audit_sink_cursors where sink = ?")) {
      select.setString(1, sink);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? new Cursor(row.getString(1), row.getString(2)) : Cursor.START;
      }
    }
  }

  static Batch next(Connection connection, Cursor after, int limit) throws SQLException {
    try (PreparedStatement select =
        connection.prepareStatement(
            "select id, tenant_id, actor, action, resource_type, resource_id, decision,"
                + " details::text, request_id, correlation_id, created_at, tx_id::text"
                + " from audit_records"
                + " where (tx_id, id) > (?::xid8, ?)"
                + " and tx_id < pg_snapshot_xmin(pg_current_snapshot())"
                + " order by tx_id, id limit ?")) {
      select.setString(1, after.txId());
      select.setString(2, after.recordId());
      select.setInt(3, limit);
      List<AuditEvent> events = new ArrayList<>();
      Cursor end = after;
      try (ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          events.add(
              new AuditEvent(
                  rows.getString(1),
                  rows.getString(2),
                  rows.getString(3),
                  rows.getString(4),
                  rows.getString(5),
                  rows.getString(6),
                  rows.getString(7),
                  JsonColumns.read(rows.getString(8), DETAILS),
                  rows.getString(9),
                  rows.getString(10),
                  rows.getTimestamp(11).toInstant()));
          end = new Cursor(rows.getString(12), rows.getString(1));
        }
      }
      return new Batch(events, end);
    }
  }

  static void advance(Connection connection, String sink, Cursor to) throws SQLException {
    try (PreparedStatement upsert =
        connection.prepareStatement(
            "insert into audit_sink_cursors (sink, last_tx_id, last_record_id, updated_at)"
                + " values (?, ?::xid8, ?, now()) on conflict (sink) do update set"
                + " last_tx_id = excluded.last_tx_id, last_record_id = excluded.last_record_id,"
                + " updated_at = excluded.updated_at")) {
      upsert.setString(1, sink);
      upsert.setString(2, to.txId());
      upsert.setString(3, to.recordId());
      upsert.executeUpdate();
    }
  }
}
