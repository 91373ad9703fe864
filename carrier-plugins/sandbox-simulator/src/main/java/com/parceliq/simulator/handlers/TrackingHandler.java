package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.tracking.TrackingTimeline;

/** {@code GET /v1/tracking/{tracking_code}}: the scan history as of now. */
public final class TrackingHandler implements ApiHandler {

  private final SimulatorState state;

  public TrackingHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    return ApiResponse.ok(
        TrackingTimeline.view(
            HandlerSupport.label(state, request.pathParam("tracking_code")), state.now()));
  }
}
