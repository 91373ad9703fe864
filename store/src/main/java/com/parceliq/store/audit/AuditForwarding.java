package com.parceliq.store.audit;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * Forwards committed audit records to one sink, in order, from the sink's durable cursor. The
 * cursor moves in the same transaction that read the batch, and only after the sink accepted it: a
 * failed send moves nothing (the batch is sent again later), and a sent batch is not sent again
 * unless the cursor's commit itself fails (at least once; events carry their record id).
 */
public final class AuditForwarding {

  private final DataSource dataSource;
  private final String sink;
  private final AuditBatchSender sender;
  private final int batchSize;

  public AuditForwarding(
      DataSource dataSource, String sink, AuditBatchSender sender, int batchSize) {
    if (batchSize < 1) {
      throw new IllegalArgumentException("batch size must be positive: " + batchSize);
    }
    this.dataSource = dataSource;
    this.sink = sink;
    this.sender = sender;
    this.batchSize = batchSize;
  }

  /**
   * Sends the next batch; returns how many records it forwarded (0 when there is nothing new, or
   * another instance is forwarding to this sink right now). A failed send throws.
   */
  public int forwardBatch() throws SQLException, IOException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        int forwarded = forwardBatch(connection);
        connection.commit();
        return forwarded;
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
  }

  /** Forwards until the sink is caught up; returns how many records went. */
  public int forwardAll() throws SQLException, IOException {
    int total = 0;
    int sent;
    do {
      sent = forwardBatch();
      total += sent;
    } while (sent == batchSize);
    return total;
  }

  private int forwardBatch(Connection connection) throws SQLException, IOException {
    if (!AuditOutbox.tryLock(connection, sink)) {
      return 0;
    }
    AuditOutbox.Batch batch =
        AuditOutbox.next(connection, AuditOutbox.cursor(connection, sink), batchSize);
    if (batch.events().isEmpty()) {
      return 0;
    }
    sender.send(batch.events());
    AuditOutbox.advance(connection, sink, batch.end());
    return batch.events().size();
  }
}
