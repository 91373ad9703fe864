package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One domain event (id {@code evt_...}): a fact of a tenant's data, recorded once under its fact
 * key. Append-only; {@code data} is the JSON document the event was emitted with.
 */
@Entity
@Table(name = "events")
public class EventEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "fact_key", nullable = false)
  public String factKey;

  /** The wire name ({@code shipment.purchased}); not {@code type}, which HQL reserves. */
  @Column(name = "type", nullable = false)
  public String eventType;

  @Column(name = "shipment_id")
  public String shipmentId;

  @Column(name = "data", nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  public String dataJson;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /** The correlation id of the request that caused the event, when one did. */
  @Column(name = "correlation_id")
  public String correlationId;

  /**
   * Writes the event unless its fact is already recorded, in which case the first row stands. A
   * concurrent insert of the same fact waits for the other transaction and then inserts nothing,
   * instead of failing on the unique constraint. Returns whether this call wrote it.
   */
  public boolean insertIfAbsent() {
    int inserted =
        getEntityManager()
            .createNativeQuery(
                "insert into events (id, tenant_id, fact_key, type, shipment_id, data,"
                    + " created_at, correlation_id)"
                    + " values (?1, ?2, ?3, ?4, ?5, cast(?6 as jsonb), ?7, ?8)"
                    + " on conflict (tenant_id, fact_key) do nothing")
            .setParameter(1, id)
            .setParameter(2, tenantId)
            .setParameter(3, factKey)
            .setParameter(4, eventType)
            .setParameter(5, shipmentId)
            .setParameter(6, dataJson)
            .setParameter(7, createdAt)
            .setParameter(8, correlationId)
            .executeUpdate();
    return inserted == 1;
  }

  public static Optional<EventEntity> findByFact(String tenantId, String factKey) {
    return find("tenantId = ?1 and factKey = ?2", tenantId, factKey).firstResultOptional();
  }

  public static Optional<EventEntity> findForTenant(String tenantId, String eventId) {
    return find("id = ?1 and tenantId = ?2", eventId, tenantId).firstResultOptional();
  }

  /**
   * Newest first, optionally of one type and one shipment; {@code beforeId} pages back (ids sort by
   * creation time).
   */
  public static List<EventEntity> pageForTenant(
      String tenantId, String type, String shipmentId, String beforeId, int limit) {
    StringBuilder where = new StringBuilder("tenantId = :tenant");
    Map<String, Object> params = new HashMap<>();
    params.put("tenant", tenantId);
    if (type != null) {
      where.append(" and eventType = :type");
      params.put("type", type);
    }
    if (shipmentId != null) {
      where.append(" and shipmentId = :shipment");
      params.put("shipment", shipmentId);
    }
    if (beforeId != null) {
      where.append(" and id < :before");
      params.put("before", beforeId);
    }
    return find(where + " order by id desc", params).page(0, limit).list();
  }
}
