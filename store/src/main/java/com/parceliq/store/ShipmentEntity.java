package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.ColumnTransformer;

/**
 * The shipment read model. Written only by the workers' activities; the API reads it. Addresses,
 * parcel and options are JSON documents (see {@link JsonColumns}).
 */
@Entity
@Table(name = "shipments")
public class ShipmentEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String status;

  public String reference;

  @Column(name = "from_address", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String fromAddressJson;

  @Column(name = "to_address", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String toAddressJson;

  @Column(name = "parcel", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String parcelJson;

  @Column(name = "options", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String optionsJson;

  @Column(name = "selected_rate_id")
  public String selectedRateId;

  public String carrier;
  public String service;

  @Column(name = "tracking_code")
  public String trackingCode;

  @Column(name = "carrier_shipment_id")
  public String carrierShipmentId;

  @Column(name = "label_amount")
  public BigDecimal labelAmount;

  @Column(name = "label_currency")
  public String labelCurrency;

  @Column(name = "label_bucket")
  public String labelBucket;

  @Column(name = "label_key")
  public String labelKey;

  @Column(name = "label_format")
  public String labelFormat;

  @Column(name = "ledger_entry_id")
  public String ledgerEntryId;

  /** Null until a void; then submitted, refunded or rejected (the carrier's refund). */
  @Column(name = "refund_status")
  public String refundStatus;

  /** Fees beyond the label (reroute fees), as {@link StoredFee#writeAll} writes them. */
  @Column(name = "fees", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String feesJson = StoredFee.NONE;

  /** Carriers that gave no rates at the last rating: a JSON list of {carrier, ..., message}. */
  @Column(name = "rate_messages", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String rateMessagesJson = "[]";

  @Column(name = "needs_attention", nullable = false)
  public boolean needsAttention;

  @Column(name = "last_error_code")
  public String lastErrorCode;

  @Column(name = "last_error_message")
  public String lastErrorMessage;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<ShipmentEntity> findForTenant(String tenantId, String shipmentId) {
    return find("id = ?1 and tenantId = ?2", shipmentId, tenantId).firstResultOptional();
  }

  /** Newest first; {@code beforeId} pages back (ids sort by creation time). */
  public static List<ShipmentEntity> pageForTenant(String tenantId, String beforeId, int limit) {
    var query =
        beforeId == null
            ? find("tenantId = ?1 order by id desc", tenantId)
            : find("tenantId = ?1 and id < ?2 order by id desc", tenantId, beforeId);
    return query.page(0, limit).list();
  }

  /**
   * Parked shipments (waiting for an operator's decision), newest first, of one tenant or of all
   * when {@code tenantId} is null. Reads across tenants only under a system row scope.
   */
  public static List<ShipmentEntity> pageParked(String tenantId, String beforeId, int limit) {
    StringBuilder where = new StringBuilder("needsAttention = true");
    Map<String, Object> params = new HashMap<>();
    if (tenantId != null) {
      where.append(" and tenantId = :tenantId");
      params.put("tenantId", tenantId);
    }
    if (beforeId != null) {
      where.append(" and id < :beforeId");
      params.put("beforeId", beforeId);
    }
    return find(where + " order by id desc", params).page(0, limit).list();
  }
}
