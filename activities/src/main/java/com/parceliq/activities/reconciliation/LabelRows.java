package com.parceliq.activities.reconciliation;

import com.parceliq.domain.reconciliation.LabelVerdict;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A page's reconciliation_labels rows and carrier_billed_labels upserts, sent as two JDBC batches
 * when closed. An invoice billing a label again keeps the row's first created_at: which invoice
 * billed the base first decides duplicates, on every re-run alike.
 */
final class LabelRows implements AutoCloseable {

  private static final String INSERT_LABEL =
      """
      insert into reconciliation_labels
        (run_id, tenant_id, tracking_code, shipment_id, classification, lines, billed, expected,
         difference, posted, ledger_entry_id, note)
      values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      on conflict (run_id, tracking_code) do nothing
      """;

  private static final String UPSERT_BILLED =
      """
      insert into carrier_billed_labels
        (tenant_id, carrier, tracking_code, invoice_number, run_id, billed, base_billed)
      values (?, ?, ?, ?, ?, ?, ?)
      on conflict (tenant_id, carrier, tracking_code, invoice_number)
      do update set run_id = excluded.run_id, billed = excluded.billed,
                    base_billed = excluded.base_billed
      """;

  private final PreparedStatement labels;
  private final PreparedStatement billed;
  private final String tenantId;
  private final String runId;
  private final String carrier;
  private int billedRows;

  LabelRows(Connection connection, String tenantId, String runId, String carrier)
      throws SQLException {
    this.labels = connection.prepareStatement(INSERT_LABEL);
    this.billed = connection.prepareStatement(UPSERT_BILLED);
    this.tenantId = tenantId;
    this.runId = runId;
    this.carrier = carrier;
  }

  void add(
      PageFacts.Group group, LabelVerdict verdict, BigDecimal posted, String entryId, String note)
      throws SQLException {
    Sql.bind(
        labels,
        runId,
        tenantId,
        group.trackingCode(),
        group.label().shipmentId(),
        verdict.classification().wireName(),
        group.lines(),
        group.label().billed(),
        verdict.expected(),
        verdict.difference(),
        posted,
        entryId,
        note);
    labels.addBatch();
    if (group.label().shipmentId() != null) {
      Sql.bind(
          billed,
          tenantId,
          carrier,
          group.trackingCode(),
          group.invoiceNumber(),
          runId,
          group.label().billed(),
          group.label().hasBase());
      billed.addBatch();
      billedRows++;
    }
  }

  @Override
  public void close() throws SQLException {
    try {
      labels.executeBatch();
      if (billedRows > 0) {
        billed.executeBatch();
      }
    } finally {
      labels.close();
      billed.close();
    }
  }
}
