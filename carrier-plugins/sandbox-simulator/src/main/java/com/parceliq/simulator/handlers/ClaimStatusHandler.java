package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.state.ClaimRecord;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.ClaimView;

/** {@code GET /v1/claims/{id}}: the claim and the desk's decision once it is due. */
public final class ClaimStatusHandler implements ApiHandler {

  private final SimulatorState state;

  public ClaimStatusHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    String id = request.pathParam("id");
    ClaimRecord claim =
        state.claims().find(id).orElseThrow(() -> ApiException.notFound("no claim " + id));
    return ApiResponse.ok(ClaimView.of(claim, state.now()));
  }
}
