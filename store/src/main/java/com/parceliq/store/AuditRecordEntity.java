package com.parceliq.store;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One audited decision (id {@code aud_...}) on a tenant's data: who, what, on which resource,
 * allowed or denied, with which request. Append-only (a trigger refuses updates and deletes);
 * {@code details} is a JSON document. A record with a {@code dedupKey} is written once per key.
 */
@Entity
@Table(name = "audit_records")
public class AuditRecordEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String actor;

  @Column(nullable = false)
  public String action;

  @Column(name = "resource_type", nullable = false)
  public String resourceType;

  @Column(name = "resource_id")
  public String resourceId;

  @Column(name = "details", nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  public String detailsJson;

  @Column(name = "request_id")
  public String requestId;

  @Column(nullable = false)
  public String decision;

  @Column(name = "correlation_id")
  public String correlationId;

  @Column(name = "dedup_key")
  public String dedupKey;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /**
   * A record to write, with its id and time; the caller adds request, correlation and dedup key.
   */
  public static AuditRecordEntity of(
      String tenantId,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      Map<String, ?> details,
      String decision) {
    AuditRecordEntity row = new AuditRecordEntity();
    row.id = Ids.newId(IdPrefix.AUDIT_RECORD);
    row.tenantId = tenantId;
    row.actor = actor;
    row.action = action;
    row.resourceType = resourceType;
    row.resourceId = resourceId;
    row.detailsJson = JsonColumns.write(details);
    row.decision = decision;
    row.createdAt = Instant.now();
    return row;
  }

  /**
   * Writes the record unless one with the same dedup key is already there (a replayed request), in
   * which case the first record stands. Returns whether this call wrote it.
   */
  public boolean insertIfAbsent() {
    int inserted =
        getEntityManager()
            .createNativeQuery(
                "insert into audit_records (id, tenant_id, actor, action, resource_type,"
                    + " resource_id, details, request_id, created_at, decision, correlation_id,"
                    + " dedup_key)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9, ?10, ?11, ?12)"
                    + " on conflict (tenant_id, dedup_key) where dedup_key is not null"
                    + " do nothing")
            .setParameter(1, id)
            .setParameter(2, tenantId)
            .setParameter(3, actor)
            .setParameter(4, action)
            .setParameter(5, resourceType)
            .setParameter(6, resourceId)
            .setParameter(7, detailsJson)
            .setParameter(8, requestId)
            .setParameter(9, createdAt)
            .setParameter(10, decision)
            .setParameter(11, correlationId)
            .setParameter(12, dedupKey)
            .executeUpdate();
    return inserted == 1;
  }

  /**
   * A page of a tenant's records, newest first; null filters mean "any". {@code action}, {@code
   * decision} and {@code resourceId} match exactly.
   */
  public static List<AuditRecordEntity> pageForTenant(
      String tenantId,
      String action,
      String decision,
      String resourceId,
      String beforeId,
      int limit) {
    StringBuilder where = new StringBuilder("tenantId = :tenant");
    Map<String, Object> params = new HashMap<>();
    params.put("tenant", tenantId);
    if (action != null) {
      where.append(" and action = :action");
      params.put("action", action);
    }
    if (decision != null) {
      where.append(" and decision = :decision");
      params.put("decision", decision);
    }
    if (resourceId != null) {
      where.append(" and resourceId = :resource");
      params.put("resource", resourceId);
    }
    if (beforeId != null) {
      where.append(" and id < :before");
      params.put("before", beforeId);
    }
    return find(where + " order by id desc", params).page(0, limit).list();
  }
}
