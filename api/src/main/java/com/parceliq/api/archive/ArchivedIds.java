package com.parceliq.api.archive;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.archive.ShipmentArchiveEntry;
import java.util.Collection;
import java.util.List;

/**
 * Archived shipments are read-only: a request that would change one, or attach it to a batch or a
 * pickup, is a 409 SHIPMENT.ARCHIVED rather than the 404 of a shipment that never existed.
 */
public final class ArchivedIds {

  private ArchivedIds() {}

  /** 409 if any of the tenant's {@code shipmentIds} is archived. */
  public static void refuseArchived(String tenantId, Collection<String> shipmentIds) {
    if (shipmentIds.isEmpty()) {
      return;
    }
    List<ShipmentArchiveEntry> archived =
        ShipmentArchiveEntry.list(
            "tenantId = ?1 and shipmentId in ?2 order by shipmentId",
            tenantId,
            List.copyOf(shipmentIds));
    if (!archived.isEmpty()) {
      throw new ApiException(
          ErrorCode.SHIPMENT_ARCHIVED,
          "Shipment "
              + archived.getFirst().shipmentId
              + (archived.size() > 1 ? " (and " + (archived.size() - 1) + " more)" : "")
              + " is archived: it can be read, not changed.");
    }
  }
}
