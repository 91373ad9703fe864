package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The pickup read model. Written only by the pickup workflow's activities; the API reads it. The
 * address and the offered pickup rates are JSON documents (see {@link JsonColumns}).
 */
@Entity
@Table(name = "pickups")
public class PickupEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String status;

  public String reference;

  @Column(name = "address", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String addressJson;

  @Column(name = "min_datetime", nullable = false)
  public Instant minDatetime;

  @Column(name = "max_datetime", nullable = false)
  public Instant maxDatetime;

  public String instructions;

  @Column(name = "batch_id")
  public String batchId;

  @Column(name = "label_carrier", nullable = false)
  public String labelCarrier;

  @Column(name = "carrier_account_id")
  public String carrierAccountId;

  @Column(name = "pickup_rates", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String pickupRatesJson = "[]";

  public String carrier;
  public String service;
  public String confirmation;

  @Column(name = "fee_amount")
  public BigDecimal feeAmount;

  @Column(name = "fee_currency")
  public String feeCurrency;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<PickupEntity> findForTenant(String tenantId, String pickupId) {
    return find("id = ?1 and tenantId = ?2", pickupId, tenantId).firstResultOptional();
  }
}
