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

/** An API key, stored as a SHA-256 hash; only its prefix is kept readable for support. */
@Entity
@Table(name = "api_keys")
public class ApiKeyEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String prefix;

  @Column(name = "key_hash", nullable = false, unique = true)
  public String keyHash;

  @Column(nullable = false)
  public String role;

  /** What the tenant calls the key (free text), null when not given. */
  @Column public String name;

  /** This key's own requests per second; null means the configured default. */
  @Column(name = "rate_limit_per_second")
  public Integer rateLimitPerSecond;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  public static Optional<ApiKeyEntity> findActiveByHash(String keyHash) {
    return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
  }

  public boolean isActive() {
    return revokedAt == null;
  }

  public static Optional<ApiKeyEntity> ofTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
  }

  /** A page of the tenant's keys, revoked ones included, newest first. */
  public static List<ApiKeyEntity> page(String tenantId, String beforeId, int limit) {
    if (beforeId == null) {
      return find("tenantId = ?1 order by id desc", tenantId).page(0, limit).list();
    }
    return find("tenantId = ?1 and id < ?2 order by id desc", tenantId, beforeId)
        .page(0, limit)
        .list();
  }

  /**
   * The tenant's active keys of a role, locked until the transaction ends, so that two concurrent
   * revocations cannot both see the other's key as still there.
   */
  public static List<ApiKeyEntity> lockActiveOfRole(String tenantId, String role) {
    return find("tenantId = ?1 and role = ?2 and revokedAt is null", tenantId, role)
        .withLock(LockModeType.PESSIMISTIC_WRITE)
        .list();
  }
}
