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

/**
 * The claim read model (V22). Written only by the claim workflow's activities; the API reads it.
 */
@Entity
@Table(name = "claims")
public class ClaimEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "shipment_id", nullable = false)
  public String shipmentId;

  @Column(nullable = false)
  public String type;

  @Column(nullable = false)
  public BigDecimal amount;

  @Column(nullable = false)
  public String currency;

  @Column(nullable = false)
  public String description;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public String carrier;

  @Column(name = "carrier_claim_id")
  public String carrierClaimId;

  @Column(name = "approved_amount")
  public BigDecimal approvedAmount;

  @Column(name = "decided_by")
  public String decidedBy;

  @Column(name = "decision_reason")
  public String decisionReason;

  @Column(name = "deadline_at", nullable = false)
  public Instant deadlineAt;

  @Column(name = "needs_attention", nullable = false)
  public boolean needsAttention;

  @Column(name = "ledger_entry_id")
  public String ledgerEntryId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<ClaimEntity> findForTenant(String tenantId, String claimId) {
    return find("id = ?1 and tenantId = ?2", claimId, tenantId).firstResultOptional();
  }

  /**
   * The tenant's claims, newest first, from just below {@code beforeId} when given. Ordered by
   * creation time, not id: a claim filed with an Idempotency-Key has an id derived from the key.
   */
  public static List<ClaimEntity> page(String tenantId, String beforeId, int limit) {
    if (beforeId == null) {
      return find("tenantId = ?1 order by createdAt desc, id desc", tenantId).page(0, limit).list();
    }
    Optional<ClaimEntity> cursor = findForTenant(tenantId, beforeId);
    if (cursor.isEmpty()) {
      return List.of();
    }
    return find(
            "tenantId = ?1 and (createdAt < ?2 or (createdAt = ?2 and id < ?3))"
                + " order by createdAt desc, id desc",
            tenantId,
            cursor.get().createdAt,
            beforeId)
        .page(0, limit)
        .list();
  }

  /** The open claim (not denied or paid) on the shipment, if any. */
  public static Optional<ClaimEntity> openOn(String tenantId, String shipmentId) {
    return find(
            "tenantId = ?1 and shipmentId = ?2 and status not in ('denied', 'paid')",
            tenantId,
            shipmentId)
        .firstResultOptional();
  }
}
