package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One ledger entry (id {@code led_...}); its postings sum to zero. Append-only. */
@Entity
@Table(name = "ledger_transactions")
public class LedgerTransactionEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "idempotency_key", nullable = false)
  public String idempotencyKey;

  @Column(nullable = false)
  public String kind;

  @Column(name = "shipment_id")
  public String shipmentId;

  /** The pickup whose fee this entry moves; null for every other entry. */
  @Column(name = "pickup_id")
  public String pickupId;

  @Column(nullable = false)
  public BigDecimal amount;

  @Column(nullable = false)
  public String currency;

  @Column(nullable = false)
  public String description;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public static Optional<LedgerTransactionEntity> findByKey(String tenantId, String key) {
    return find("tenantId = ?1 and idempotencyKey = ?2", tenantId, key).firstResultOptional();
  }

  /** Newest first, optionally for one shipment; {@code beforeId} pages back. */
  public static List<LedgerTransactionEntity> pageForTenant(
      String tenantId, String shipmentId, String beforeId, int limit) {
    return pageForTenant(tenantId, shipmentId, null, beforeId, limit);
  }

  /** Newest first, optionally for one shipment and/or one pickup; {@code beforeId} pages back. */
  public static List<LedgerTransactionEntity> pageForTenant(
      String tenantId, String shipmentId, String pickupId, String beforeId, int limit) {
    StringBuilder where = new StringBuilder("tenantId = :tenant");
    var params = new java.util.HashMap<String, Object>();
    params.put("tenant", tenantId);
    if (shipmentId != null) {
      where.append(" and shipmentId = :shipment");
      params.put("shipment", shipmentId);
    }
    if (pickupId != null) {
      where.append(" and pickupId = :pickup");
      params.put("pickup", pickupId);
    }
    if (beforeId != null) {
      where.append(" and id < :before");
      params.put("before", beforeId);
    }
    return find(where + " order by id desc", params).page(0, limit).list();
  }
}
