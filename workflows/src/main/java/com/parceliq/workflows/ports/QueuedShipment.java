package com.parceliq.workflows.ports;

/** A shipment waiting in a batch, and its place there (the batch purchase's cursor). */
public record QueuedShipment(String shipmentId, long position) {}
