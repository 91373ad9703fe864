package com.parceliq.workflows.ports;

import com.parceliq.domain.Address;
import java.util.List;

/**
 * What the read model keeps after a reroute: the new status and destination, and every fee of the
 * shipment so far (the whole list, so writing it twice leaves the same row).
 */
public record RerouteRecord(
    String tenantId,
    String shipmentId,
    String status,
    Address destination,
    List<ShipmentFee> fees) {}
