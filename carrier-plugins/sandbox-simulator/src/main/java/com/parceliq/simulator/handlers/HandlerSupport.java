package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.state.LabelRecord;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.triggers.InvalidTriggerException;
import com.parceliq.simulator.triggers.TriggerParser;
import com.parceliq.simulator.triggers.Triggers;
import java.util.List;

/** Small steps several handlers share. */
final class HandlerSupport {

  private HandlerSupport() {}

  /** The label named by a path parameter: its carrier shipment id or its tracking code. */
  static LabelRecord label(SimulatorState state, String idOrTrackingCode) throws ApiException {
    return state
        .labels()
        .find(idOrTrackingCode)
        .orElseThrow(() -> ApiException.notFound("no shipment " + idOrTrackingCode));
  }

  /** The triggers of {@code reference}; a bad one becomes a field error on {@code reference}. */
  static Triggers triggers(String reference, List<FieldError> errors) {
    try {
      return TriggerParser.parse(reference);
    } catch (InvalidTriggerException e) {
      errors.add(new FieldError("reference", e.getMessage()));
      return Triggers.NONE;
    }
  }

  static void failIfAny(List<FieldError> errors) throws ApiException {
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
  }
}
