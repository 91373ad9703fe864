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
 * A shipment's tracker read model. Written by the shipment workflow's activities (and the poller's
 * {@code checked_at}); the API reads it. {@code trackingDetailsJson} holds the scans oldest first.
 */
@Entity
@Table(name = "trackers")
public class TrackerEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "shipment_id", nullable = false)
  public String shipmentId;

  @Column(nullable = false)
  public String carrier;

  @Column(name = "tracking_code", nullable = false)
  public String trackingCode;

  @Column(nullable = false)
  public String status;

  @Column(name = "tracking_details", nullable = false)
  @ColumnTransformer(write = "?::jsonb")
  public String trackingDetailsJson = "[]";

  @Column(name = "last_event_at")
  public Instant lastEventAt;

  @Column(name = "checked_at")
  public Instant checkedAt;

  @Column(name = "updated_at", nullable = false)
  public Instant updatedAt;

  public static Optional<TrackerEntity> findForTenant(String tenantId, String trackerId) {
    return find("id = ?1 and tenantId = ?2", trackerId, tenantId).firstResultOptional();
  }
}
