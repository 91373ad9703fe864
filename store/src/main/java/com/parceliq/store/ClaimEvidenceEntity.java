package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/** One evidence file of a claim (V22): where it is in S3 and what it hashed to on upload. */
@Entity
@Table(name = "claim_evidence")
@IdClass(ClaimEvidenceEntity.Key.class)
public class ClaimEvidenceEntity extends PanacheEntityBase {

  @Id
  @Column(name = "claim_id")
  public String claimId;

  @Id public int position;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(nullable = false)
  public String filename;

  @Column(name = "content_type", nullable = false)
  public String contentType;

  @Column(nullable = false)
  public long size;

  @Column(nullable = false)
  public String sha256;

  @Column(nullable = false)
  public String bucket;

  @Column(nullable = false)
  public String key;

  public static List<ClaimEvidenceEntity> ofClaim(String tenantId, String claimId) {
    return list(
        "from ClaimEvidenceEntity e where e.tenantId = ?1 and e.claimId = ?2 order by e.position",
        tenantId,
        claimId);
  }

  /** The composite primary key (claim, position). */
  public static class Key implements Serializable {
    public String claimId;
    public int position;

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(claimId, key.claimId)
          && position == key.position;
    }

    @Override
    public int hashCode() {
      return Objects.hash(claimId, position);
    }
  }
}
