package com.parceliq.workflows.ports;

/**
 * Why the shipment at {@code index} of a request cannot go on a scan form; the API reports it as
 * the field {@code shipments[index]}.
 */
public record ShipmentProblem(int index, String shipmentId, String message) {}
