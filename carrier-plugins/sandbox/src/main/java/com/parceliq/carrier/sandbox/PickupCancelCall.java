package com.parceliq.carrier.sandbox;

import com.parceliq.carrier.spi.PickupCancelRequest;
import java.util.Optional;

/**
 * Pickup cancellation: {@code POST /v1/pickups/{confirmation}/cancel}; cancelling again answers the
 * same, so a retried call succeeds.
 */
final class PickupCancelCall {

  private PickupCancelCall() {}

  static String path(String confirmation) {
    return "/v1/pickups/" + SandboxClient.segment(confirmation) + "/cancel";
  }

  static void call(SandboxClient client, PickupCancelRequest request) {
    client.post(
        path(request.confirmation()),
        SandboxJson.object(),
        Optional.ofNullable(request.idempotencyKey()));
  }
}
