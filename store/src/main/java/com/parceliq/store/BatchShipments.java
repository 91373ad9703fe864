package com.parceliq.store;

import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.domain.batch.BatchShipmentStatus;
import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The shipments of a batch, in the order they were added ({@code position}). Plain SQL: a batch
 * holds up to 10,000 shipments, so rows are inserted, counted and paged in bulk, never loaded as
 * entities. Every statement filters on the tenant.
 */
public final class BatchShipments {

  /** One shipment of a batch as reads show it. */
  public record Member(
      String shipmentId,
      String purchaseStatus,
      String errorCode,
      String errorMessage,
      String reference,
      String trackingCode) {}

  /** A queued shipment and its place in the batch, for the purchase's paging. */
  public record Queued(String shipmentId, long position) {}

  /** A purchased shipment's stored label, for the batch label. */
  public record StoredLabel(long position, String bucket, String key, String format) {}

  private BatchShipments() {}

  /** Which of {@code shipmentIds} exist for the tenant. */
  public static List<String> existing(String tenantId, List<String> shipmentIds) {
    @SuppressWarnings("unchecked")
    List<String> found =
        em().createNativeQuery(
                "select id from shipments where tenant_id = ?1 and id = any(cast(?2 as text[]))")
            .setParameter(1, tenantId)
            .setParameter(2, shipmentIds.toArray(String[]::new))
            .getResultList();
    return found;
  }

  /** The batch each of {@code shipmentIds} already belongs to, for those in one. */
  public static Map<String, String> batchesOf(String tenantId, List<String> shipmentIds) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "select shipment_id, batch_id from batch_shipments where tenant_id = ?1"
                    + " and shipment_id = any(cast(?2 as text[]))")
            .setParameter(1, tenantId)
            .setParameter(2, shipmentIds.toArray(String[]::new))
            .getResultList();
    Map<String, String> batches = new HashMap<>();
    rows.forEach(row -> batches.put((String) row[0], (String) row[1]));
    return batches;
  }

  /** Appends the shipments in the given order; each is queued for purchase. */
  public static void add(String tenantId, String batchId, List<String> shipmentIds) {
    em().createNativeQuery(
            "insert into batch_shipments (tenant_id, batch_id, shipment_id)"
                + " select ?1, ?2, ids.id from unnest(cast(?3 as text[])) with ordinality"
                + " as ids(id, n) order by ids.n")
        .setParameter(1, tenantId)
        .setParameter(2, batchId)
        .setParameter(3, shipmentIds.toArray(String[]::new))
        .executeUpdate();
  }

  public static int remove(String tenantId, String batchId, List<String> shipmentIds) {
    return em().createNativeQuery(
            "delete from batch_shipments where tenant_id = ?1 and batch_id = ?2"
                + " and shipment_id = any(cast(?3 as text[]))")
        .setParameter(1, tenantId)
        .setParameter(2, batchId)
        .setParameter(3, shipmentIds.toArray(String[]::new))
        .executeUpdate();
  }

  public static BatchCounts counts(String tenantId, String batchId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "select purchase_status, count(*) from batch_shipments"
                    + " where tenant_id = ?1 and batch_id = ?2 group by purchase_status")
            .setParameter(1, tenantId)
            .setParameter(2, batchId)
            .getResultList();
    Map<String, Long> byStatus = new HashMap<>();
    rows.forEach(row -> byStatus.put((String) row[0], ((Number) row[1]).longValue()));
    return new BatchCounts(
        byStatus.getOrDefault(BatchShipmentStatus.QUEUED_FOR_PURCHASE.wireName(), 0L),
        byStatus.getOrDefault(BatchShipmentStatus.POSTAGE_PURCHASED.wireName(), 0L),
        byStatus.getOrDefault(BatchShipmentStatus.POSTAGE_PURCHASE_FAILED.wireName(), 0L));
  }

  /** Every shipment of the batch in batch order, with its reference and tracking code. */
  public static List<Member> members(String tenantId, String batchId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "select b.shipment_id, b.purchase_status, b.error_code, b.error_message,"
                    + " s.reference, s.tracking_code from batch_shipments b join shipments s"
                    + " on s.id = b.shipment_id and s.tenant_id = b.tenant_id"
                    + " where b.tenant_id = ?1 and b.batch_id = ?2 order by b.position")
            .setParameter(1, tenantId)
            .setParameter(2, batchId)
            .getResultList();
    List<Member> members = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      members.add(
          new Member(
              (String) row[0],
              (String) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5]));
    }
    return members;
  }

  /** Up to {@code limit} queued shipments after {@code afterPosition}, in batch order. */
  public static List<Queued> queuedAfter(
      String tenantId, String batchId, long afterPosition, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "select shipment_id, position from batch_shipments where tenant_id = ?1"
                    + " and batch_id = ?2 and purchase_status = ?3 and position > ?4"
                    + " order by position limit ?5")
            .setParameter(1, tenantId)
            .setParameter(2, batchId)
            .setParameter(3, BatchShipmentStatus.QUEUED_FOR_PURCHASE.wireName())
            .setParameter(4, afterPosition)
            .setParameter(5, limit)
            .getResultList();
    return rows.stream()
        .map(row -> new Queued((String) row[0], ((Number) row[1]).longValue()))
        .toList();
  }

  /** Records the purchase's outcome for one shipment (idempotent: it overwrites). */
  public static void markOutcome(
      String tenantId,
      String batchId,
      String shipmentId,
      BatchShipmentStatus status,
      String errorCode,
      String errorMessage) {
    em().createNativeQuery(
            "update batch_shipments set purchase_status = ?4, error_code = ?5, error_message = ?6"
                + " where tenant_id = ?1 and batch_id = ?2 and shipment_id = ?3")
        .setParameter(1, tenantId)
        .setParameter(2, batchId)
        .setParameter(3, shipmentId)
        .setParameter(4, status.wireName())
        .setParameter(5, errorCode)
        .setParameter(6, errorMessage)
        .executeUpdate();
  }

  /** Fails every shipment still queued with the same reason; returns how many. */
  public static int failQueued(
      String tenantId, String batchId, String errorCode, String errorMessage) {
    return em().createNativeQuery(
            "update batch_shipments set purchase_status = ?3, error_code = ?4, error_message = ?5"
                + " where tenant_id = ?1 and batch_id = ?2 and purchase_status = ?6")
        .setParameter(1, tenantId)
        .setParameter(2, batchId)
        .setParameter(3, BatchShipmentStatus.POSTAGE_PURCHASE_FAILED.wireName())
        .setParameter(4, errorCode)
        .setParameter(5, errorMessage)
        .setParameter(6, BatchShipmentStatus.QUEUED_FOR_PURCHASE.wireName())
        .executeUpdate();
  }

  /** Queues the failed shipments again, for a new buy of the batch; returns how many. */
  public static int requeueFailed(String tenantId, String batchId) {
    return em().createNativeQuery(
            "update batch_shipments set purchase_status = ?3, error_code = null,"
                + " error_message = null where tenant_id = ?1 and batch_id = ?2"
                + " and purchase_status = ?4")
        .setParameter(1, tenantId)
        .setParameter(2, batchId)
        .setParameter(3, BatchShipmentStatus.QUEUED_FOR_PURCHASE.wireName())
        .setParameter(4, BatchShipmentStatus.POSTAGE_PURCHASE_FAILED.wireName())
        .executeUpdate();
  }

  /** Up to {@code limit} stored labels of purchased shipments after {@code afterPosition}. */
  public static List<StoredLabel> labelsAfter(
      String tenantId, String batchId, long afterPosition, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em().createNativeQuery(
                "select b.position, s.label_bucket, s.label_key, s.label_format"
                    + " from batch_shipments b join shipments s on s.id = b.shipment_id"
                    + " and s.tenant_id = b.tenant_id where b.tenant_id = ?1 and b.batch_id = ?2"
                    + " and b.purchase_status = ?3 and s.label_key is not null"
                    + " and b.position > ?4 order by b.position limit ?5")
            .setParameter(1, tenantId)
            .setParameter(2, batchId)
            .setParameter(3, BatchShipmentStatus.POSTAGE_PURCHASED.wireName())
            .setParameter(4, afterPosition)
            .setParameter(5, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new StoredLabel(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3]))
        .toList();
  }

  /** The purchased shipments of the batch, for its scan form or pickup. */
  public static List<String> purchased(String tenantId, String batchId) {
    @SuppressWarnings("unchecked")
    List<String> ids =
        em().createNativeQuery(
                "select shipment_id from batch_shipments where tenant_id = ?1 and batch_id = ?2"
                    + " and purchase_status = ?3 order by position")
            .setParameter(1, tenantId)
            .setParameter(2, batchId)
            .setParameter(3, BatchShipmentStatus.POSTAGE_PURCHASED.wireName())
            .getResultList();
    return ids;
  }

  private static EntityManager em() {
    return BatchEntity.getEntityManager();
  }
}
