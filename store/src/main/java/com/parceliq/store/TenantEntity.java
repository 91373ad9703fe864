package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

@Entity
@Table(name = "tenants")
public class TenantEntity extends PanacheEntityBase {

  @Id public String id;

  @Column(nullable = false)
  public String name;

  /** Days a finished shipment stays hot before archival; null: the platform default. */
  @Column(name = "archive_retention_days")
  public Integer archiveRetentionDays;

  @Column(name = "created_at", nullable = false)
  public Instant createdAt;
}
