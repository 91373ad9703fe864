package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/**
 * One audited privileged action (id {@code aud_...}) on a tenant's data: who, what, on which
 * resource, with which request. Append-only; {@code details} is a JSON document.
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

  @Column(name = "resource_id", nullable = false)
  public String resourceId;

  @Column(name = "details", nullable = false, columnDefinition = "jsonb")
  @ColumnTransformer(write = "?::jsonb")
  public String detailsJson;

  @Column(name = "request_id")
  public String requestId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  /**
   * Writes the record unless the same action on the same resource is already audited (a replayed
   * request), in which case the first record stands. Returns whether this call wrote it.
   */
  public boolean insertIfAbsent() {
    int inserted =
        getEntityManager()
            .createNativeQuery(
                "insert into audit_records (id, tenant_id, actor, action, resource_type,"
                    + " resource_id, details, request_id, created_at)"
                    + " values (?1, ?2, ?3, ?4, ?5, ?6, cast(?7 as jsonb), ?8, ?9)"
                    + " on conflict (tenant_id, action, resource_type, resource_id) do nothing")
            .setParameter(1, id)
            .setParameter(2, tenantId)
            .setParameter(3, actor)
            .setParameter(4, action)
            .setParameter(5, resourceType)
            .setParameter(6, resourceId)
            .setParameter(7, detailsJson)
            .setParameter(8, requestId)
            .setParameter(9, createdAt)
            .executeUpdate();
    return inserted == 1;
  }
}
