package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;

/** A tenant's own Cedar policy text (one row per tenant, keyed by the tenant). */
@Entity
@Table(name = "tenant_policies")
public class TenantPolicyEntity extends PanacheEntityBase {

  @Id
  @Column(name = "tenant_id")
  public String tenantId;

  @Column(nullable = false)
  public String policies;

  @Column(nullable = false)
  public long version;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  @Column(name = "updated_by", nullable = false)
  public String updatedBy;

  public static Optional<TenantPolicyEntity> forTenant(String tenantId) {
    return findByIdOptional(tenantId);
  }
}
