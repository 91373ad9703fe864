package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant's pricing rule (id {@code pr_...}). Deleting sets {@code deletedAt}: a deleted rule no
 * longer prices anything, but the rates it priced still name it. Every query is by tenant.
 */
@Entity
@Table(name = "pricing_rules")
public class PricingRuleEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  public String carrier;

  public String service;

  /** {@code percent} or {@code flat}. */
  @Column(nullable = false)
  public String adjustment;

  @Column(nullable = false)
  public BigDecimal value;

  @Column(name = "minimum_amount")
  public BigDecimal minimumAmount;

  @Column(name = "minimum_currency")
  public String minimumCurrency;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  /** Every rule of the tenant that prices rates now, oldest first. */
  public static List<PricingRuleEntity> activeForTenant(String tenantId) {
    return list("tenantId = ?1 and deletedAt is null order by id", tenantId);
  }

  public static Optional<PricingRuleEntity> findActive(String tenantId, String id) {
    return find("id = ?1 and tenantId = ?2 and deletedAt is null", id, tenantId)
        .firstResultOptional();
  }

  /** Active rules newest first; {@code beforeId} pages back (ids sort by creation time). */
  public static List<PricingRuleEntity> pageForTenant(String tenantId, String beforeId, int limit) {
    StringBuilder where = new StringBuilder("tenantId = :tenant and deletedAt is null");
    Map<String, Object> params = new HashMap<>();
    params.put("tenant", tenantId);
    if (beforeId != null) {
      where.append(" and id < :before");
      params.put("before", beforeId);
    }
    return find(where + " order by id desc", params).page(0, limit).list();
  }
}
