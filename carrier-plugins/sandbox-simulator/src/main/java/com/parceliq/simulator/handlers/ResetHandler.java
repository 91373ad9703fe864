package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.state.SimulatorState;
import java.util.Map;

/** {@code POST /_control/reset}: forget every label, counter, cached answer and outage. */
public final class ResetHandler implements ApiHandler {

  private final SimulatorState state;

  public ResetHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) {
    state.reset();
    return ApiResponse.ok(Map.of("reset", true));
  }
}
