package com.parceliq.store;

import java.util.List;
import java.util.Optional;

/** Read-only look-ups of a tenant's batches and their shipments ({@code batch_shipments}). */
public final class BatchMembers {

  private BatchMembers() {}

  /**
   * The shipment ids of the tenant's batch in the batch's order; empty when the tenant has no such
   * batch (another tenant's batch included).
   */
  @SuppressWarnings("unchecked")
  public static Optional<List<String>> shipmentIds(String tenantId, String batchId) {
    List<?> found =
        PickupEntity.getEntityManager()
            .createNativeQuery("select 1 from batches where tenant_id = ?1 and id = ?2")
            .setParameter(1, tenantId)
            .setParameter(2, batchId)
            .getResultList();
    if (found.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        PickupEntity.getEntityManager()
            .createNativeQuery(
                "select shipment_id from batch_shipments where tenant_id = ?1 and batch_id = ?2"
                    + " order by position")
            .setParameter(1, tenantId)
            .setParameter(2, batchId)
            .getResultList());
  }
}
