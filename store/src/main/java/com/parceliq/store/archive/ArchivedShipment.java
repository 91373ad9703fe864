package com.parceliq.store.archive;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;

/**
 * One archived shipment: a line of a page object, as JSON (format 1). The rows are kept as
 * PostgreSQL wrote them ({@code to_jsonb(row)}: column names as keys, jsonb columns nested), so a
 * column added later is archived without a change here, and an old document stays readable.
 *
 * @param format the document format, 1
 * @param shipment the {@code shipments} row
 * @param rates its {@code rates} rows
 * @param tracker its {@code trackers} row, or null
 * @param events its {@code events} rows (the events themselves stay in PostgreSQL too)
 * @param ledgerTransactions its {@code ledger_transactions} rows, as references: the ledger is
 *     append-only and stays whole in PostgreSQL
 * @param batchIds batches, scan forms and pickups that name it (their link rows stay)
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArchivedShipment(
    int format,
    String tenantId,
    String shipmentId,
    String runId,
    Instant archivedAt,
    JsonNode shipment,
    List<JsonNode> rates,
    JsonNode tracker,
    List<JsonNode> events,
    List<JsonNode> ledgerTransactions,
    List<String> batchIds,
    List<String> scanFormIds,
    List<String> pickupIds) {

  public static final int FORMAT = 1;
}
