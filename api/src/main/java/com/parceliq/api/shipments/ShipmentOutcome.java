package com.parceliq.api.shipments;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to an operation that may outlast the request's wait (buy, void): the shipment as the
 * read model shows it, and whether the operation had finished when it was read.
 */
public record ShipmentOutcome(ShipmentDto shipment, boolean finished) {

  public static ShipmentOutcome finished(ShipmentDto shipment) {
    return new ShipmentOutcome(shipment, true);
  }

  public static ShipmentOutcome stillRunning(ShipmentDto shipment) {
    return new ShipmentOutcome(shipment, false);
  }

  /**
   * 200 with the result, or 202 with the shipment so far and where to poll it. A 202 is not an
   * idempotent answer to replay: a retry with the same key re-attaches to the running operation.
   */
  public Response toResponse() {
    if (finished) {
      return Response.ok(shipment).build();
    }
    return Response.accepted(shipment)
        .location(URI.create("/v1/shipments/" + shipment.id()))
        .build();
  }
}
