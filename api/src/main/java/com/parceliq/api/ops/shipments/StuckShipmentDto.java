package com.parceliq.api.ops.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.temporal.WorkflowIds;
import java.time.Instant;

/**
 * A parked shipment as an operator sees it: why it parked ({@code error_code}, {@code
 * error_message}) and the workflow id to open in the Temporal Web UI. Addresses and parcel are left
 * out: the operator needs none of the recipient's data to retry or cancel.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StuckShipmentDto(
    String id,
    String tenantId,
    String status,
    String carrier,
    String trackingCode,
    String errorCode,
    String errorMessage,
    Instant updatedAt,
    String workflowId) {

  static StuckShipmentDto of(ShipmentEntity shipment) {
    return new StuckShipmentDto(
        shipment.id,
        shipment.tenantId,
        shipment.status,
        shipment.carrier,
        shipment.trackingCode,
        shipment.lastErrorCode,
        shipment.lastErrorMessage,
        shipment.updatedAt,
        WorkflowIds.shipment(shipment.tenantId, shipment.id));
  }
}
