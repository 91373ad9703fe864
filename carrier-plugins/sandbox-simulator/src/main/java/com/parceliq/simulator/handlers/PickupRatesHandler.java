package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.model.PickupBody;
import com.parceliq.simulator.rates.PickupFees;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.PickupRateView;
import java.util.List;

/**
 * {@code POST /v1/pickups/rates}: the fee of every pickup service for a request that scheduling
 * would accept (same checks); schedules nothing.
 */
public final class PickupRatesHandler implements ApiHandler {

  private final SimulatorState state;

  public PickupRatesHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    PickupChecks.require(state, request.bodyAs(PickupBody.class));
    List<PickupRateView> rates =
        PickupFees.all().entrySet().stream()
            .map(fee -> new PickupRateView(fee.getKey(), fee.getValue().toPlainString(), "USD"))
            .toList();
    return ApiResponse.ok(new PickupRateView.Rates(rates));
  }
}
