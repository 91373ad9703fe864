package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A batch of shipments bought together; its shipments are in {@link BatchShipments}. */
@Entity
@Table(name = "batches")
public class BatchEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String state;

  public String reference;

  public String carrier;

  public String service;

  @Column(name = "purchase_round", nullable = false)
  public int purchaseRound;

  @Column(name = "label_format")
  public String labelFormat;

  @Column(name = "label_bucket")
  public String labelBucket;

  @Column(name = "label_key")
  public String labelKey;

  @Column(name = "scan_form_id")
  public String scanFormId;

  @Column(name = "last_error_code")
  public String lastErrorCode;

  @Column(name = "last_error_message")
  public String lastErrorMessage;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  /** The tenant's batch; another tenant's is absent. */
  public static Optional<BatchEntity> ofTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
  }

  /**
   * The tenant's batch, locked until the transaction ends: state changes (a buy starting, shipments
   * added) check and write the state under this lock, so two of them never both pass the check.
   */
  public static Optional<BatchEntity> lockedOfTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /** A page of the tenant's batches, newest first, strictly before {@code beforeId}. */
  public static List<BatchEntity> page(String tenantId, String beforeId, int limit) {
    if (beforeId == null) {
      return find("tenantId = ?1 order by id desc", tenantId).page(0, limit).list();
    }
    return find("tenantId = ?1 and id < ?2 order by id desc", tenantId, beforeId)
        .page(0, limit)
        .list();
  }
}
