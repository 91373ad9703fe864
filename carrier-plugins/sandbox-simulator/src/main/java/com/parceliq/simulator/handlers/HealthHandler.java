package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import java.util.Map;

/** {@code GET /health}: liveness for the launcher; stays up during a simulated outage. */
public final class HealthHandler implements ApiHandler {

  @Override
  public ApiResponse handle(ApiRequest request) {
    return ApiResponse.ok(Map.of("status", "UP"));
  }
}
