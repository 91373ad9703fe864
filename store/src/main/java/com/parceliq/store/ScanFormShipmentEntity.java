package com.parceliq.store;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Collection;
import java.util.List;

/**
 * A shipment on a scan form. The shipment id is the key: a shipment is on at most one scan form,
 * which the database enforces even when two scan forms are made at once.
 */
@Entity
@Table(name = "scan_form_shipments")
public class ScanFormShipmentEntity extends PanacheEntityBase {

  @Id
  @Column(name = "shipment_id")
  public String shipmentId;

  @Column(name = "tenant_id", nullable = false)
  public String tenantId;

  @Column(name = "scan_form_id", nullable = false)
  public String scanFormId;

  @Column(nullable = false)
  public int position;

  @Column(name = "tracking_code", nullable = false)
  public String trackingCode;

  /** The scan form's shipments in the order they were given. */
  public static List<ScanFormShipmentEntity> ofScanForm(String tenantId, String scanFormId) {
    return list("tenantId = ?1 and scanFormId = ?2 order by position", tenantId, scanFormId);
  }

  /** Which of {@code shipmentIds} are already on a scan form (any, including {@code this}). */
  public static List<ScanFormShipmentEntity> ofShipments(
      String tenantId, Collection<String> shipmentIds) {
    return list("tenantId = ?1 and shipmentId in ?2", tenantId, shipmentIds);
  }

  /**
   * Puts the shipment on the scan form unless it is on one already; returns whether it did. A
   * concurrent claim of the same shipment waits for the other transaction, then claims nothing.
   */
  public boolean insertIfAbsent() {
    int inserted =
        getEntityManager()
            .createNativeQuery(
                "insert into scan_form_shipments (shipment_id, tenant_id, scan_form_id, position,"
                    + " tracking_code) values (?1, ?2, ?3, ?4, ?5)"
                    + " on conflict (shipment_id) do nothing")
            .setParameter(1, shipmentId)
            .setParameter(2, tenantId)
            .setParameter(3, scanFormId)
            .setParameter(4, position)
            .setParameter(5, trackingCode)
            .executeUpdate();
    return inserted == 1;
  }
}
