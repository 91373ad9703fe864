package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** One attempt of a webhook delivery: what the endpoint answered and how fast. */
@Entity
@Table(name = "webhook_attempts")
@IdClass(WebhookAttemptEntity.Key.class)
public class WebhookAttemptEntity extends PanacheEntityBase {

  /** At most this much of a response body is kept. */
  public static final int RESPONSE_EXCERPT_BYTES = 1024;

  public record Key(String deliveryId, int attempt) implements Serializable {
    public Key() {
      this(null, 0);
    }
  }

  @Id
  @Column(name = "delivery_id")
  public String deliveryId;

  @Id public int attempt;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "started_at", nullable = false)
  public Instant startedAt;

  @Column(name = "status_code")
  public Integer statusCode;

  @Column(name = "latency_ms", nullable = false)
  public long latencyMs;

  public String response;

  public String error;

  /** The attempts of these deliveries of the tenant, in order. */
  public static List<WebhookAttemptEntity> ofDeliveries(
      String tenantId, Collection<String> deliveryIds) {
    if (deliveryIds.isEmpty()) {
      return List.of();
    }
    return list(
        "tenantId = ?1 and deliveryId in ?2 order by deliveryId, attempt", tenantId, deliveryIds);
  }
}
