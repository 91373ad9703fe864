package com.parceliq.api.pickups;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to a buy or cancel that may outlast the request's wait: the pickup as the read model
 * shows it, and whether the operation had finished when it was read.
 */
public record PickupOutcome(PickupDto pickup, boolean finished) {

  public static PickupOutcome finished(PickupDto pickup) {
    return new PickupOutcome(pickup, true);
  }

  public static PickupOutcome stillRunning(PickupDto pickup) {
    return new PickupOutcome(pickup, false);
  }

  /** 200 with the result, or 202 with the pickup so far and where to poll it. */
  public Response toResponse() {
    if (finished) {
      return Response.ok(pickup).build();
    }
    return Response.accepted(pickup).location(URI.create("/v1/pickups/" + pickup.id())).build();
  }
}
