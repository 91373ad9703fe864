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
 * A replay (id {@code whr_...}): the tenant's events since an instant, or the ones named, delivered
 * again to one endpoint.
 */
@Entity
@Table(name = "webhook_replays")
public class WebhookReplayEntity extends PanacheEntityBase {

  public static final String RUNNING = "running";
  public static final String COMPLETED = "completed";

  @Id public String id;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "endpoint_id", nullable = false)
  public String endpointId;

  public Instant since;

  @JdbcTypeCode(SqlTypes.ARRAY)
  @Column(name = "event_ids")
  public List<String> eventIds;

  @Column(nullable = false)
  public String status;

  @Column(nullable = false)
  public int deliveries;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "completed_at")
  public Instant completedAt;

  public static Optional<WebhookReplayEntity> ofTenant(String tenantId, String id) {
    return find("tenantId = ?1 and id = ?2", tenantId, id).firstResultOptional();
  }
}
