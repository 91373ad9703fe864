package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.PickupBody;
import com.parceliq.simulator.rates.PickupFees;
import com.parceliq.simulator.state.PickupRecord;
import com.parceliq.simulator.state.RandomIds;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.PickupView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * {@code POST /v1/pickups}: schedule a collection of known, unvoided labels within an RFC 3339
 * window, for the flat fee of the chosen service ({@link PickupFees}; standard when none is named).
 * Idempotent by {@code Idempotency-Key}.
 */
public final class PickupHandler implements ApiHandler {

  private final SimulatorState state;

  public PickupHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    PickupBody body = request.bodyAs(PickupBody.class);
    List<String> codes = PickupChecks.require(state, body);
    String service = body.service() == null ? PickupFees.STANDARD : body.service();
    BigDecimal fee =
        PickupFees.fee(service)
            .orElseThrow(
                () ->
                    ApiException.invalid(
                        List.of(
                            new FieldError(
                                "service",
                                "unknown pickup service "
                                    + service
                                    + "; offered: "
                                    + PickupFees.all().keySet()))));
    return state
        .responses()
        .once(
            "pickup",
            request.header("Idempotency-Key"),
            () -> ApiResponse.json(201, PickupView.of(schedule(body, codes, service, fee))));
  }

  private PickupRecord schedule(
      PickupBody body, List<String> codes, String service, BigDecimal fee) {
    String id = RandomIds.id("sbxpck");
    String confirmation = "PU" + id.substring(id.indexOf('_') + 1, id.indexOf('_') + 9);
    PickupRecord pickup =
        new PickupRecord(
            id,
            confirmation.toUpperCase(Locale.ROOT),
            body.windowStart(),
            body.windowEnd(),
            codes,
            service,
            fee.toPlainString());
    state.pickups().add(pickup);
    return pickup;
  }
}
