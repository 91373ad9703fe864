package com.parceliq.activities.archival;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;

/** Rows as the shipment workflows leave them, written directly so their age can be chosen. */
final class ArchivalFixtures {

  private final EntityManager entityManager;

  ArchivalFixtures(EntityManager entityManager) {
    this.entityManager = entityManager;
  }

  String tenant(Integer retentionDays) {
    String id = Ids.newId(IdPrefix.TENANT);
    run(
        "insert into tenants (id, name, archive_retention_days) values (?1, 'archival test', cast(?2 as integer))",
        id,
        retentionDays);
    return id;
  }

  /** A shipment in {@code status}, last changed at {@code updatedAt}. */
  String shipment(String tenantId, String status, Instant updatedAt) {
    return shipment(tenantId, status, updatedAt, false, null);
  }

  String shipment(
      String tenantId,
      String status,
      Instant updatedAt,
      boolean needsAttention,
      String refundStatus) {
    String id = Ids.newId(IdPrefix.SHIPMENT);
    run(
        """
        insert into shipments (id, tenant_id, status, reference, from_address, to_address, parcel,
                               carrier, tracking_code, needs_attention, refund_status, created_at,
                               updated_at)
        values (?1, ?2, ?3, 'order-' || ?1, '{"city": "Austin"}', '{"city": "Boston"}',
                '{"weight": 16.5}', 'sandbox', 'SBX' || ?1, ?4, cast(?5 as text), ?6, ?6)
        """,
        id,
        tenantId,
        status,
        needsAttention,
        refundStatus,
        Timestamp.from(updatedAt));
    return id;
  }

  /** Two rates, a tracker, an event, a ledger transaction and a batch naming the shipment. */
  String everythingAbout(String tenantId, String shipmentId) {
    for (String rate : new String[] {"7.25", "9.80"}) {
      run(
          """
          insert into rates (id, tenant_id, shipment_id, carrier, service, amount, list_amount,
                             pricing, currency, delivery_days, expires_at)
          values (?1, ?2, ?3, 'sandbox', 'ground', cast(?4 as numeric), cast(?4 as numeric),
                  'carrier rate, no pricing rule', 'USD', 3, now())
          """,
          Ids.newId(IdPrefix.RATE),
          tenantId,
          shipmentId,
          rate);
    }
    run(
        """
        insert into trackers (id, tenant_id, shipment_id, carrier, tracking_code, status)
        values ('trk_' || ?2, ?1, ?2, 'sandbox', 'SBX' || ?2, 'delivered')
        """,
        tenantId,
        shipmentId);
    run(
        """
        insert into events (id, tenant_id, fact_key, type, shipment_id, data)
        values ('evt_' || ?2, ?1, 'shipment:' || ?2 || ':delivered', 'shipment.delivered', ?2,
                '{"status": "delivered"}')
        """,
        tenantId,
        shipmentId);
    run(
        """
        insert into ledger_transactions (id, tenant_id, idempotency_key, kind, shipment_id, amount,
                                         currency, description)
        values ('led_' || ?2, ?1, 'label:' || ?2, 'label_purchase', ?2, 7.25, 'USD', 'label')
        """,
        tenantId,
        shipmentId);
    String batchId = Ids.newId(IdPrefix.BATCH);
    run(
        "insert into batches (id, tenant_id, state) values (?1, ?2, 'purchased')",
        batchId,
        tenantId);
    run(
        "insert into batch_shipments (tenant_id, batch_id, shipment_id) values (?1, ?2, ?3)",
        tenantId,
        batchId,
        shipmentId);
    return batchId;
  }

  void touch(String shipmentId) {
    run("update shipments set updated_at = now() where id = ?1", shipmentId);
  }

  boolean hot(String shipmentId) {
    return count("select count(*) from shipments where id = ?1", shipmentId) == 1;
  }

  boolean archived(String shipmentId) {
    return count("select count(*) from shipment_archive_index where shipment_id = ?1", shipmentId)
        == 1;
  }

  long rowsAbout(String table, String shipmentId) {
    return count("select count(*) from " + table + " where shipment_id = ?1", shipmentId);
  }

  private long count(String sql, Object parameter) {
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                ((Number)
                        entityManager
                            .createNativeQuery(sql)
                            .setParameter(1, parameter)
                            .getSingleResult())
                    .longValue());
  }

  private void run(String sql, Object... parameters) {
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              var query = entityManager.createNativeQuery(sql);
              for (int i = 0; i < parameters.length; i++) {
                query.setParameter(i + 1, parameters[i]);
              }
              query.executeUpdate();
            });
  }
}
