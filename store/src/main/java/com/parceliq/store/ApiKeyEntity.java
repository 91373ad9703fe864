package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
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

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "revoked_at")
  public Instant revokedAt;

  @Column(name = "last_used_at")
  public Instant lastUsedAt;

  public static Optional<ApiKeyEntity> findActiveByHash(String keyHash) {
    return find("keyHash = ?1 and revokedAt is null", keyHash).firstResultOptional();
  }
}
