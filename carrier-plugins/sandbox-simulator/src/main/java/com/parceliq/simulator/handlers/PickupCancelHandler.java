package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.state.PickupRecord;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.PickupView;

/**
 * {@code POST /v1/pickups/{id}/cancel} ({@code id} or confirmation number): the pickup is cancelled
 * and answered with status {@code canceled}. Idempotent by {@code Idempotency-Key}; cancelling a
 * cancelled pickup again (another key) answers the same, so a retry never fails.
 */
public final class PickupCancelHandler implements ApiHandler {

  private final SimulatorState state;

  public PickupCancelHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    String id = request.pathParam("id");
    PickupRecord pickup =
        state.pickups().find(id).orElseThrow(() -> ApiException.notFound("no pickup " + id));
    return state
        .responses()
        .once(
            "pickup_cancel",
            request.header("Idempotency-Key"),
            () -> {
              pickup.cancel();
              return ApiResponse.ok(PickupView.of(pickup));
            });
  }
}
