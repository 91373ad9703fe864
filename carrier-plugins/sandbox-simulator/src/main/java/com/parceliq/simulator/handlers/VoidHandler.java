package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.VoidBody;
import com.parceliq.simulator.state.LabelRecord;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.triggers.Triggers;
import com.parceliq.simulator.views.RefundStatus;
import com.parceliq.simulator.views.VoidView;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code POST /v1/shipments/{id}/void}. Like EasyPost's refund call it answers 200 with a {@code
 * refund_status}: {@code refunded}, {@code submitted} (refund pending, sbx:refund_delay) or {@code
 * rejected} (sbx:void_reject, or the parcel was delivered). Voiding again is safe: it reports the
 * current refund status and counts no second void, so it doubles as the refund status check.
 */
public final class VoidHandler implements ApiHandler {

  private final SimulatorState state;

  public VoidHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    LabelRecord label = HandlerSupport.label(state, request.pathParam("id"));
    VoidBody body = request.bodyAs(VoidBody.class);
    List<FieldError> errors = new ArrayList<>();
    Triggers extra = HandlerSupport.triggers(body.reference(), errors);
    HandlerSupport.failIfAny(errors);
    boolean refuses = label.purchase().triggers().union(extra).voidReject();
    return switch (label.voidLabel(state.now(), refuses)) {
      case VOIDED -> answer(label, "label voided");
      case ALREADY_VOIDED -> answer(label, "label was already voided");
      case REFUSED_BY_CARRIER -> rejected(label, "the carrier refused to void this label");
      case ALREADY_DELIVERED -> rejected(label, "the parcel was delivered; it cannot be voided");
    };
  }

  private ApiResponse answer(LabelRecord label, String message) {
    return ApiResponse.ok(
        new VoidView(
            label.id(), label.trackingCode(), RefundStatus.of(label, state.now()), message));
  }

  private static ApiResponse rejected(LabelRecord label, String message) {
    return ApiResponse.ok(
        new VoidView(label.id(), label.trackingCode(), RefundStatus.REJECTED, message));
  }
}
