package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A principal (API key or OIDC user) an operator has stopped; present means denied everything. */
@Entity
@Table(name = "principal_quarantines")
public class PrincipalQuarantineEntity extends PanacheEntityBase {

  @Id
  @Column(name = "principal_id")
  public String principalId;

  @Column(nullable = false)
  public String reason;

  @Column(name = "quarantined_by", nullable = false)
  public String quarantinedBy;

  @Column(name = "quarantined_at", nullable = false)
  public Instant quarantinedAt;
}
