package com.parceliq.api.trackers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.parceliq.api.error.ApiException;
import com.parceliq.domain.TrackerIds;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.TrackerEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * Reads trackers within one tenant. A bought label has a tracker before the carrier says anything
 * (its id derives from the shipment's): until the first update it is the shipment's, unknown and
 * without details.
 */
@ApplicationScoped
public class TrackerReads {

  private static final String NOTHING_YET = "unknown";

  public TrackerDto view(String tenantId, String trackerId) {
    String shipmentId = TrackerIds.shipmentOf(trackerId);
    ShipmentEntity shipment =
        shipmentId == null
            ? null
            : ShipmentEntity.findForTenant(tenantId, shipmentId)
                .filter(found -> found.trackingCode != null)
                .orElse(null);
    if (shipment == null) {
      throw ApiException.notFound("tracker", trackerId);
    }
    return TrackerEntity.findForTenant(tenantId, trackerId)
        .map(tracker -> render(tracker, shipment))
        .orElseGet(
            () ->
                new TrackerDto(
                    trackerId,
                    TrackerDto.OBJECT,
                    shipment.id,
                    shipment.trackingCode,
                    shipment.carrier,
                    NOTHING_YET,
                    List.of(),
                    shipment.updatedAt));
  }

  private static TrackerDto render(TrackerEntity tracker, ShipmentEntity shipment) {
    List<Map<String, String>> details =
        JsonColumns.read(tracker.trackingDetailsJson, new TypeReference<>() {});
    return new TrackerDto(
        tracker.id,
        TrackerDto.OBJECT,
        tracker.shipmentId,
        shipment.trackingCode,
        tracker.carrier,
        tracker.status,
        details.stream()
            .map(
                detail ->
                    new TrackerDto.TrackingDetailDto(
                        detail.get("status"),
                        detail.get("message"),
                        detail.get("location"),
                        detail.get("datetime")))
            .toList(),
        tracker.updatedAt);
  }
}
