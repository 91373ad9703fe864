package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

@Entity
@Table(name = "rates")
public class RateEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "shipment_id", nullable = false)
  public String shipmentId;

  @Column(nullable = false)
  public String carrier;

  /** The tenant's carrier account quoted with; null for the platform's own (sandbox). */
  @Column(name = "carrier_account_id")
  public String carrierAccountId;

  @Column(nullable = false)
  public String service;

  /** The tenant's price: what a purchase of this rate holds. */
  @Column(nullable = false)
  public BigDecimal amount;

  /** The carrier's own amount, before the tenant's pricing rule. */
  @Column(name = "list_amount", nullable = false)
  public BigDecimal listAmount;

  /** How {@code listAmount} became {@code amount}. */
  @Column(nullable = false)
  public String pricing;

  @Column(nullable = false)
  public String currency;

  @Column(name = "delivery_days", nullable = false)
  public int deliveryDays;

  @Column(name = "expires_at", nullable = false)
  public Instant expiresAt;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  public static List<RateEntity> forShipment(String tenantId, String shipmentId) {
    return list("tenantId = ?1 and shipmentId = ?2 order by amount, id", tenantId, shipmentId);
  }
}
