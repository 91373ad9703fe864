package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.ShipmentView;

/** {@code GET /v1/shipments/{id}} (id or tracking code): the label, its status and refund. */
public final class ShipmentHandler implements ApiHandler {

  private final SimulatorState state;

  public ShipmentHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    return ApiResponse.ok(
        ShipmentView.of(HandlerSupport.label(state, request.pathParam("id")), state.now()));
  }
}
