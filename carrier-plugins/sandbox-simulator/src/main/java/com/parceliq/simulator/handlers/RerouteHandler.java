package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.RequestRules;
import com.parceliq.simulator.model.RerouteBody;
import com.parceliq.simulator.state.LabelRecord;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.tracking.TrackingTimeline;
import com.parceliq.simulator.triggers.Triggers;
import com.parceliq.simulator.views.RerouteView;
import com.parceliq.simulator.webhook.WebhookPusher;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/shipments/{id}/reroute}: intercept a parcel and send it to {@code to_address} for
 * a flat {@value #FEE} USD. Refused (422) for sbx:intercept_fail, a voided label or a delivered
 * parcel. Idempotent by {@code Idempotency-Key}.
 */
public final class RerouteHandler implements ApiHandler {

  static final String FEE = "7.50";

  private final SimulatorState state;
  private final WebhookPusher pusher;

  public RerouteHandler(SimulatorState state, WebhookPusher pusher) {
    this.state = state;
    this.pusher = pusher;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    LabelRecord label = HandlerSupport.label(state, request.pathParam("id"));
    RerouteBody body = request.bodyAs(RerouteBody.class);
    List<FieldError> errors = new ArrayList<>();
    RequestRules.checkAddress("to_address", body.toAddress(), errors);
    Triggers extra = HandlerSupport.triggers(body.reference(), errors);
    HandlerSupport.failIfAny(errors);
    boolean refuses = label.purchase().triggers().union(extra).interceptFail();
    return state
        .responses()
        .once(
            "reroute:" + label.id(),
            request.header("Idempotency-Key"),
            () -> reroute(label, body, refuses));
  }

  private ApiResponse reroute(LabelRecord label, RerouteBody body, boolean refuses)
      throws ApiException {
    return switch (label.reroute(state.now(), body.toAddress(), refuses)) {
      case REROUTED -> rerouted(label, body);
      case REFUSED_BY_CARRIER ->
          throw ApiException.unprocessable(
              "intercept_failed", "the carrier could not intercept this parcel");
      case LABEL_VOIDED -> throw ApiException.unprocessable("label_voided", "the label is voided");
      case ALREADY_DELIVERED ->
          throw ApiException.unprocessable("already_delivered", "the parcel was delivered");
    };
  }

  private ApiResponse rerouted(LabelRecord label, RerouteBody body) {
    if (label.deliveryAt().isPresent()) {
      pusher.push(TrackingTimeline.view(label, state.now()));
    }
    return ApiResponse.ok(
        new RerouteView(label.id(), label.trackingCode(), body.toAddress(), FEE, "USD"));
  }
}
