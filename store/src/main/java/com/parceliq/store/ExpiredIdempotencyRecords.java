package com.parceliq.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import javax.sql.DataSource;

/**
 * Deletes idempotency records past their retention (the API's cleanup decides the cutoff), one
 * bounded batch per statement. Every tenant's records are in scope on purpose: retention is a
 * platform rule, not a tenant query.
 *
 * <p>Safe with several API instances cleaning at once: {@code skip locked} makes each statement
 * take only rows nobody else holds, so two cleaners delete disjoint batches and never wait for each
 * other or for a request claiming a key.
 */
public final class ExpiredIdempotencyRecords {

  static final String DELETE_BATCH =
      "delete from idempotency_records where (tenant_id, idempotency_key) in ("
          + " select tenant_id, idempotency_key from idempotency_records"
          + " where created_at < ? order by created_at limit ? for update skip locked)";

  private final DataSource dataSource;

  public ExpiredIdempotencyRecords(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Deletes at most {@code limit} records created before {@code cutoff}; returns how many. */
  public int deleteBatch(Instant cutoff, int limit) throws SQLException {
    if (limit < 1) {
      throw new IllegalArgumentException("batch limit must be positive: " + limit);
    }
    // Autocommit: each batch is its own short transaction, so row locks are held only briefly.
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete = connection.prepareStatement(DELETE_BATCH)) {
      delete.setTimestamp(1, Timestamp.from(cutoff));
      delete.setInt(2, limit);
      return delete.executeUpdate();
    }
  }
}
