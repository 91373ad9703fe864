package com.parceliq.store.archive;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Where an archived shipment's document lives (V18): the page object and the byte range of its gzip
 * member, plus the few fields a list needs to order and filter without reading S3. Written only in
 * the transaction that deletes the shipment's hot rows.
 */
@Entity
@Table(name = "shipment_archive_index")
@IdClass(ShipmentArchiveEntry.Key.class)
public class ShipmentArchiveEntry extends PanacheEntityBase {

  /** The composite primary key (tenant, shipment). */
  public record Key(String tenantId, String shipmentId) implements Serializable {
    public Key() {
      this(null, null);
    }
  }

  @Id
  @Column(name = "tenant_id")
  public String tenantId;

  @Id
  @Column(name = "shipment_id")
  public String shipmentId;

  @Column(nullable = false)
  public String status;

  public String reference;

  @Column(name = "tracking_code")
  public String trackingCode;

  public String carrier;

  @Column(name = "shipment_created_at", nullable = false)
  public Instant shipmentCreatedAt;

  @Column(name = "shipment_updated_at", nullable = false)
  public Instant shipmentUpdatedAt;

  @Column(nullable = false)
  public String bucket;

  @Column(name = "object_key", nullable = false)
  public String objectKey;

  @Column(name = "byte_offset", nullable = false)
  public long byteOffset;

  @Column(name = "byte_length", nullable = false)
  public int byteLength;

  @Column(name = "document_sha256", nullable = false)
  public String documentSha256;

  @Column(name = "run_id", nullable = false)
  public String runId;

  @Column(name = "archived_at", nullable = false)
  public Instant archivedAt;

  public static Optional<ShipmentArchiveEntry> findForTenant(String tenantId, String shipmentId) {
    return find("tenantId = ?1 and shipmentId = ?2", tenantId, shipmentId).firstResultOptional();
  }

  /** A page of the tenant's archived shipments, newest id first, below {@code beforeId} if set. */
  public static List<ShipmentArchiveEntry> pageForTenant(
      String tenantId, String beforeId, int limit) {
    return (beforeId == null
            ? find("tenantId = ?1 order by shipmentId desc", tenantId)
            : find(
                "tenantId = ?1 and shipmentId < ?2 order by shipmentId desc", tenantId, beforeId))
        .page(0, limit)
        .list();
  }
}
