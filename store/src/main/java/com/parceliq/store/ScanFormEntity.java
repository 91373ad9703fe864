package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/**
 * A scan form (id {@code sf_...}): the carrier's manifest of purchased labels. Written by the scan
 * form workflow's activities; the API reads it.
 */
@Entity
@Table(name = "scan_forms")
public class ScanFormEntity extends PanacheEntityBase {

  public static final String CREATING = "creating";
  public static final String CREATED = "created";
  public static final String FAILED = "failed";

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public String carrier;

  @Column(name = "carrier_account_id")
  public String carrierAccountId;

  @Column(name = "from_address", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String fromAddressJson;

  @Column(name = "carrier_manifest_id")
  public String carrierManifestId;

  @Column(name = "form_bucket")
  public String formBucket;

  @Column(name = "form_key")
  public String formKey;

  @Column(name = "form_format")
  public String formFormat;

  @Column(name = "last_error_code")
  public String lastErrorCode;

  @Column(name = "last_error_message")
  public String lastErrorMessage;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<ScanFormEntity> findForTenant(String tenantId, String scanFormId) {
    return find("id = ?1 and tenantId = ?2", scanFormId, tenantId).firstResultOptional();
  }
}
