package com.parceliq.api.trackers;

import com.fasterxml.jackson.core.type.TypeReference;
import com.parceliq.api.archive.ArchivedRows;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.shipments.ArchivedShipments;
import com.parceliq.domain.TrackerIds;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.store.TrackerEntity;
import com.parceliq.store.archive.ArchivedShipment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads trackers within one tenant. A bought label has a tracker before the carrier says anything
 * (its id derives from the shipment's): until the first update it is the shipment's, unknown and
 * without details.
 */
@ApplicationScoped
public class TrackerReads {

  private static final String NOTHING_YET = "unknown";

  @Inject ArchivedShipments archive;

  public TrackerDto view(String tenantId, String trackerId) {
    String shipmentId = TrackerIds.shipmentOf(trackerId);
    if (shipmentId == null) {
      throw ApiException.notFound("tracker", trackerId);
    }
    Optional<ShipmentEntity> hot = ShipmentEntity.findForTenant(tenantId, shipmentId);
    if (hot.isPresent()) {
      return view(trackerId, hot.get(), TrackerEntity.findForTenant(tenantId, trackerId));
    }
    return archive
        .document(tenantId, shipmentId)
        .map(document -> archived(trackerId, document))
        .orElseThrow(() -> ApiException.notFound("tracker", trackerId));
  }

  /** An archived shipment's tracker, from the tracker row archived with it. */
  private static TrackerDto archived(String trackerId, ArchivedShipment document) {
    ShipmentEntity shipment = ArchivedRows.toEntity(document.shipment(), ShipmentEntity.class);
    Optional<TrackerEntity> tracker =
        document.tracker() == null || document.tracker().isNull()
            ? Optional.empty()
            : Optional.of(ArchivedRows.toEntity(document.tracker(), TrackerEntity.class));
    return view(trackerId, shipment, tracker);
  }

  private static TrackerDto view(
      String trackerId, ShipmentEntity shipment, Optional<TrackerEntity> tracker) {
    if (shipment.trackingCode == null) {
      throw ApiException.notFound("tracker", trackerId);
    }
    return tracker
        .map(found -> render(found, shipment))
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
