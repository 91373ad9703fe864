package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** The first response to a POST with an {@code Idempotency-Key}, replayed for retries. */
@Entity
@Table(name = "idempotency_records")
public class IdempotencyRecordEntity extends PanacheEntityBase {

  public static final String IN_FLIGHT = "in_flight";
  public static final String COMPLETED = "completed";

  @EmbeddedId public IdempotencyRecordId id;

  @Column(nullable = false)
  public String method;

  @Column(nullable = false)
  public String path;

  @Column(name = "request_hash", nullable = false)
  public String requestHash;

  @Column(nullable = false)
  public String state;

  @Column(name = "response_status")
  public Integer responseStatus;

  @Column(name = "response_body")
  public String responseBody;

  @Column(name = "response_location")
  public String responseLocation;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;

  @Column(name = "completed_at")
  public Instant completedAt;
}
