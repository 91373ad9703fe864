package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A tenant's carrier account. The credentials exist here only sealed (see {@code
 * com.parceliq.store.crypto.CredentialSealer}); a deleted account stays, so labels bought with it
 * can still be voided and tracked.
 */
@Entity
@Table(name = "carrier_accounts")
public class CarrierAccountEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String carrier;

  public String description;

  @Column(name = "test_mode", nullable = false)
  public boolean testMode;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "credential_fields", nullable = false)
  public List<String> credentialFields;

  @Column(name = "key_id", nullable = false)
  public String keyId;

  @Column(name = "encrypted_data_key", nullable = false)
  public byte[] encryptedDataKey;

  @Column(name = "encrypted_credentials", nullable = false)
  public byte[] encryptedCredentials;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "deleted_at")
  public Instant deletedAt;

  public boolean isActive() {
    return deletedAt == null;
  }

  /** The tenant's account, active or deleted; another tenant's is absent. */
  public static Optional<CarrierAccountEntity> ofTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
  }

  public static List<CarrierAccountEntity> activeOfTenant(String tenantId) {
    return list("tenantId = ?1 and deletedAt is null order by id", tenantId);
  }

  /** A page of the tenant's active accounts, newest first, strictly before {@code beforeId}. */
  public static List<CarrierAccountEntity> page(String tenantId, String beforeId, int limit) {
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
