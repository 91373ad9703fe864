package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** One event to one webhook endpoint (id {@code whd_...}), first or replayed. */
@Entity
@Table(name = "webhook_deliveries")
public class WebhookDeliveryEntity extends PanacheEntityBase {

  public static final String INITIAL = "initial";
  public static final String REPLAY = "replay";
  public static final String PENDING = "pending";
  public static final String DELIVERED = "delivered";
  public static final String DEAD_LETTERED = "dead_lettered";
  public static final String CANCELLED = "cancelled";

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "event_id", nullable = false)
  public String eventId;

  @Column(name = "endpoint_id", nullable = false)
  public String endpointId;

  @Column(nullable = false)
  public String kind;

  @Column(name = "replay_id")
  public String replayId;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int attempts;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "delivered_at")
  public Instant deliveredAt;

  @Column(name = "dead_lettered_at")
  public Instant deadLetteredAt;

  public boolean isPending() {
    return PENDING.equals(status);
  }

  public static Optional<WebhookDeliveryEntity> ofTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
  }

  public static List<WebhookDeliveryEntity> ofEvent(String tenantId, String eventId) {
    return list("tenantId = ?1 and eventId = ?2 order by id", tenantId, eventId);
  }

  /**
   * Records the delivery of {@code eventId} to {@code endpointId} unless it exists: once per
   * (endpoint, event) for an initial delivery, once per (replay, event) for a replayed one. Returns
   * the id of the delivery that stands, new or earlier.
   */
  public static String insertIfAbsent(
      String newId,
      String tenantId,
      String eventId,
      String endpointId,
      String replayId,
      Instant createdAt) {
    boolean replay = replayId != null;
    var em = getEntityManager();
    em.createNativeQuery(
            "insert into webhook_deliveries (id, tenant_id, event_id, endpoint_id, kind,"
                + " replay_id, status, attempts, created_at)"
                + " values (?1, ?2, ?3, ?4, ?5, ?6, 'pending', 0, ?7)"
                + (replay
                    ? " on conflict (replay_id, event_id) where kind = 'replay' do nothing"
                    : " on conflict (endpoint_id, event_id) where kind = 'initial' do nothing"))
        .setParameter(1, newId)
        .setParameter(2, tenantId)
        .setParameter(3, eventId)
        .setParameter(4, endpointId)
        .setParameter(5, replay ? REPLAY : INITIAL)
        .setParameter(6, replayId)
        .setParameter(7, createdAt)
        .executeUpdate();
    String existing =
        replay
            ? "select id from webhook_deliveries where tenant_id = ?1 and replay_id = ?2"
                + " and event_id = ?3 and kind = 'replay'"
            : "select id from webhook_deliveries where tenant_id = ?1 and endpoint_id = ?2"
                + " and event_id = ?3 and kind = 'initial'";
    return (String)
        em.createNativeQuery(existing)
            .setParameter(1, tenantId)
            .setParameter(2, replay ? replayId : endpointId)
            .setParameter(3, eventId)
            .getSingleResult();
  }

  /** Stops the endpoint's pending deliveries (it was deleted): their workflows end at next wake. */
  public static int cancelPendingOf(String tenantId, String endpointId) {
    return update(
        "status = ?1 where tenantId = ?2 and endpointId = ?3 and status = ?4",
        CANCELLED,
        tenantId,
        endpointId,
        PENDING);
  }
}
