package com.parceliq.api.ops.shipments;

import com.parceliq.api.http.Paging;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * Reads parked shipments from the read model across tenants. The scope is set explicitly (rather
 * than relying on the platform admin's ambient one) so the cross-tenant read is visible and named
 * where it happens.
 */
@ApplicationScoped
public class StuckShipments {

  private static final RowScope OPERATOR =
      RowScope.system("operator: parked shipments of every tenant");

  public StuckShipmentList page(String tenantId, Paging paging) {
    List<ShipmentEntity> fetched =
        ScopedWork.call(
            OPERATOR,
            () -> ShipmentEntity.pageParked(tenantId, paging.beforeId(), paging.fetchSize()));
    return new StuckShipmentList(
        paging.pageOf(fetched).stream().map(StuckShipmentDto::of).toList(),
        paging.hasMore(fetched));
  }

  /** The shipment of any tenant, or empty when no tenant has one with this id. */
  public Optional<ShipmentEntity> find(String shipmentId) {
    return ScopedWork.call(
        OPERATOR, () -> ShipmentEntity.<ShipmentEntity>findByIdOptional(shipmentId));
  }
}
