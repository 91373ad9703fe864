package com.parceliq.store;

import java.util.List;

/** The shipments a pickup collects ({@code pickup_shipments}), always within one tenant. */
public final class PickupShipmentLinks {

  private PickupShipmentLinks() {}

  /** Links each shipment to the pickup; a link already there is left alone (a retried write). */
  public static void link(String tenantId, String pickupId, List<String> shipmentIds) {
    for (String shipmentId : shipmentIds) {
      PickupEntity.getEntityManager()
          .createNativeQuery(
              "insert into pickup_shipments (tenant_id, pickup_id, shipment_id)"
                  + " values (?1, ?2, ?3) on conflict do nothing")
          .setParameter(1, tenantId)
          .setParameter(2, pickupId)
          .setParameter(3, shipmentId)
          .executeUpdate();
    }
  }

  /** The pickup's shipment ids, in id order. */
  @SuppressWarnings("unchecked")
  public static List<String> shipmentIds(String tenantId, String pickupId) {
    return PickupEntity.getEntityManager()
        .createNativeQuery(
            "select shipment_id from pickup_shipments where tenant_id = ?1 and pickup_id = ?2"
                + " order by shipment_id")
        .setParameter(1, tenantId)
        .setParameter(2, pickupId)
        .getResultList();
  }
}
