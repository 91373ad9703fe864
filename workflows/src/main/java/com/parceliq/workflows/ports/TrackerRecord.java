package com.parceliq.workflows.ports;

import com.parceliq.workflows.shipment.TrackingScan;
import java.util.List;

/**
 * A shipment's tracker as the API serves it, written whenever the carrier tells something new: the
 * tracking status (the newest scan's), every scan oldest first, and the shipment's status that
 * follows from them. Absolute values, so a retried write leaves the same row.
 */
public record TrackerRecord(
    String tenantId,
    String shipmentId,
    String trackerId,
    String carrier,
    String trackingCode,
    String trackingStatus,
    String shipmentStatus,
    List<TrackingScan> details,
    String lastEventAt) {}
