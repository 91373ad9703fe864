package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Thousands of finished shipments for archival scenarios, quickly. A few real templates go through
 * the API (a label bought and delivered, one bought and voided, with their rates and trackers); the
 * seed then clones them in SQL into another tenant with fresh sortable ids, so every clone is a row
 * the platform itself could have written. Buying 10,000 labels through the API would take hours on
 * a shared machine.
 */
public final class FinishedShipments {

  private static final Duration TEMPLATE_WITHIN = Duration.ofSeconds(120);

  private final StackDatabase database;

  public FinishedShipments(StackDatabase database) {
    this.database = database;
  }

  /**
   * Real finished shipments of {@code tenant} to clone: one completed (bought, delivered by the
   * sandbox's pushed scans, completed after the stack's grace period) and one voided with its
   * refund settled (a pending refund would keep it out of archival).
   */
  public static List<String> templates(Tenant tenant) {
    tenant.deposit("100.00");
    String delivered = bought(tenant, "sbx:deliver=2");
    String voided = bought(tenant, "archival-template-voided");
    tenant.voidLabel(voided, Unique.key("void")).expect(200);
    awaitField(tenant, delivered, "status", "completed");
    awaitField(tenant, voided, "refund_status", "refunded");
    return List.of(delivered, voided);
  }

  /**
   * Clones the templates round robin into {@code count} shipments of {@code tenantId}, created one
   * millisecond apart from {@code createdFrom} and last changed at {@code updatedAt}; returns their
   * ids, oldest first. References are {@code archival-seed-<n>}, tracking codes the template's with
   * {@code -<n>} appended (they are unique per tenant).
   */
  public List<String> seed(
      List<String> templateIds,
      String tenantId,
      int count,
      Instant createdFrom,
      Instant updatedAt) {
    if (templateIds.isEmpty() || count < 1) {
      throw new IllegalArgumentException("need templates and a positive count");
    }
    List<String> ids = new ArrayList<>(count);
    String[] templates = new String[count];
    Integer[] ordinals = new Integer[count];
    for (int i = 0; i < count; i++) {
      ids.add(SortableIds.at("shp", createdFrom.plusMillis(i)));
      templates[i] = templateIds.get(i % templateIds.size());
      ordinals[i] = i;
    }
    try (Connection connection = database.systemConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.execute(
            "create temp table seed_clones (template_id text not null, clone_id text primary key,"
                + " ordinal int not null, created_at timestamptz not null) on commit drop");
      }
      insertClones(connection, templates, ids, ordinals, createdFrom);
      OffsetDateTime updated = OffsetDateTime.ofInstant(updatedAt, ZoneOffset.UTC);
      execute(connection, CLONE_SHIPMENTS, tenantId, updated, count);
      execute(connection, CLONE_RATES, tenantId, null, -1);
      execute(connection, CLONE_TRACKERS, tenantId, null, -1);
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("seeding " + count + " shipments failed", e);
    }
    return ids;
  }

  private static void insertClones(
      Connection connection,
      String[] templates,
      List<String> ids,
      Integer[] ordinals,
      Instant createdFrom)
      throws SQLException {
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into seed_clones select t.template_id, t.clone_id, t.ordinal,"
                + " ?::timestamptz + t.ordinal * interval '1 millisecond'"
                + " from unnest(?::text[], ?::text[], ?::int[]) as t(template_id, clone_id, ordinal)")) {
      Array templateArray = connection.createArrayOf("text", templates);
      Array idArray = connection.createArrayOf("text", ids.toArray(String[]::new));
      Array ordinalArray = connection.createArrayOf("int4", ordinals);
      insert.setObject(1, OffsetDateTime.ofInstant(createdFrom, ZoneOffset.UTC));
      insert.setArray(2, templateArray);
      insert.setArray(3, idArray);
      insert.setArray(4, ordinalArray);
      insert.executeUpdate();
    }
  }

  private static void execute(
      Connection connection, String sql, String tenantId, OffsetDateTime updatedAt, int expected)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      statement.setString(1, tenantId);
      if (updatedAt != null) {
        statement.setObject(2, updatedAt);
      }
      int rows = statement.executeUpdate();
      if (expected >= 0 && rows != expected) {
        throw new IllegalStateException("cloned " + rows + " rows, expected " + expected);
      }
    }
  }

  // Rows are copied through jsonb so that every column, including ones later migrations add, is
  // cloned; only the identity, tenant and time columns are replaced. A clone's rate and tracker
  // ids keep the platform's shapes: a rate id is the clone's time and first random characters
  // followed by the template rate's last ones (unique per clone and per rate of its template),
  // the tracker id is the shipment id's (TrackerIds). The template's ledger entry
  // belongs to the template's tenant: a clone has none.
  private static final String CLONE_SHIPMENTS =
      """
      insert into shipments
      select (jsonb_populate_record(null::shipments, to_jsonb(s) || jsonb_build_object(
          'id', c.clone_id,
          'tenant_id', ?,
          'reference', 'archival-seed-' || c.ordinal,
          'tracking_code', s.tracking_code || '-' || c.ordinal,
          'selected_rate_id', 'rate_' || substr(c.clone_id, 5, 18) || substr(s.selected_rate_id, 24),
          'ledger_entry_id', null,
          'created_at', c.created_at,
          'updated_at', ?::timestamptz))).*
      from seed_clones c join shipments s on s.id = c.template_id
      """;

  private static final String CLONE_RATES =
      """
      insert into rates
      select (jsonb_populate_record(null::rates, to_jsonb(r) || jsonb_build_object(
          'id', 'rate_' || substr(c.clone_id, 5, 18) || substr(r.id, 24),
          'tenant_id', ?,
          'shipment_id', c.clone_id,
          'created_at', c.created_at))).*
      from seed_clones c join rates r on r.shipment_id = c.template_id
      """;

  private static final String CLONE_TRACKERS =
      """
      insert into trackers
      select (jsonb_populate_record(null::trackers, to_jsonb(t) || jsonb_build_object(
          'id', 'trk_' || substr(c.clone_id, 5),
          'tenant_id', ?,
          'shipment_id', c.clone_id,
          'tracking_code', t.tracking_code || '-' || c.ordinal))).*
      from seed_clones c join trackers t on t.shipment_id = c.template_id
      """;

  private static String bought(Tenant tenant, String reference) {
    Tenant.RatedShipment rated = tenant.createRatedShipment(reference);
    return tenant
        .buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"))
        .expect(200)
        .path("id")
        .asText();
  }

  /** Bounded wait for a template to settle; a broken stack fails the seed, never hangs it. */
  private static void awaitField(Tenant tenant, String shipmentId, String field, String value) {
    long deadline = System.nanoTime() + TEMPLATE_WITHIN.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      last = tenant.shipment(shipmentId);
      if (last.path(field).asText().equals(value)) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted", e);
      }
    }
    throw new IllegalStateException(
        "template " + shipmentId + " never reached " + field + "=" + value + "; last: " + last);
  }
}
