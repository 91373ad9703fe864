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

/**
 * A tenant's webhook endpoint (id {@code whk_...}). The signing secret is stored only sealed (see
 * {@code com.parceliq.store.crypto.CredentialSealer}); a deleted endpoint stays so the history of
 * its deliveries still names it.
 */
@Entity
@Table(name = "webhook_endpoints")
public class WebhookEndpointEntity extends PanacheEntityBase {

  public static final String ENABLED = "enabled";
  public static final String DISABLED = "disabled";

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String url;

  @Column(name = "key_id", nullable = false)
  public String keyId;

  @Column(name = "encrypted_data_key", nullable = false)
  public byte[] encryptedDataKey;

  @Column(name = "encrypted_secret", nullable = false)
  public byte[] encryptedSecret;

  @Column(nullable = false)
  public String status;

  @Column(name = "consecutive_dead_letters", nullable = false)
  public int consecutiveDeadLetters;

  @Column(name = "disabled_by_delivery_id")
  public String disabledByDeliveryId;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "disabled_at")
  public Instant disabledAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  public boolean isDeleted() {
    return deletedAt != null;
  }

  /** Whether deliveries to it go ahead: not deleted and not disabled. */
  public boolean accepts() {
    return !isDeleted() && ENABLED.equals(status);
  }

  /** The tenant's endpoint, even deleted; another tenant's is absent. */
  public static Optional<WebhookEndpointEntity> ofTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
  }

  /** The same, locked for an update that reads and writes its counter. */
  public static Optional<WebhookEndpointEntity> lockedOfTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .firstResultOptional();
  }

  /** Where a new event of the tenant goes. */
  public static List<WebhookEndpointEntity> enabledOfTenant(String tenantId) {
    return list(
        "tenantId = ?1 and status = ?2 and deletedAt is null order by id", tenantId, ENABLED);
  }

  /** A page of the tenant's endpoints that are not deleted, newest first. */
  public static List<WebhookEndpointEntity> page(String tenantId, String beforeId, int limit) {
    if (beforeId == null) {
      return find("tenantId = ?1 and deletedAt is null order by id desc", tenantId)
          .page(0, limit)
          .list();
    }
    return find(
            "tenantId = ?1 and deletedAt is null and id < ?2 order by id desc", tenantId, beforeId)
        .page(0, limit)
        .list();
  }
}
