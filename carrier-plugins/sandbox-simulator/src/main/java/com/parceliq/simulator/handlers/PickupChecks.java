package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.PickupBody;
import com.parceliq.simulator.model.RequestRules;
import com.parceliq.simulator.state.SimulatorState;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What rating and scheduling a pickup both require: an address, an RFC 3339 window that ends after
 * it starts, and at least one known, unvoided label.
 */
final class PickupChecks {

  private PickupChecks() {}

  /** The request's tracking codes once every check passed; else a 422 with every problem. */
  static List<String> require(SimulatorState state, PickupBody body) throws ApiException {
    List<FieldError> errors = new ArrayList<>();
    RequestRules.checkAddress("address", body.address(), errors);
    Optional<OffsetDateTime> start = time("window_start", body.windowStart(), errors);
    Optional<OffsetDateTime> end = time("window_end", body.windowEnd(), errors);
    if (start.isPresent() && end.isPresent() && !end.get().isAfter(start.get())) {
      errors.add(new FieldError("window_end", "must be after window_start"));
    }
    List<String> codes = body.trackingCodes() == null ? List.of() : body.trackingCodes();
    if (codes.isEmpty()) {
      errors.add(new FieldError("tracking_codes", "must name at least one label"));
    }
    for (int i = 0; i < codes.size(); i++) {
      if (state.labels().find(codes.get(i)).filter(l -> l.voidedAt().isEmpty()).isEmpty()) {
        errors.add(new FieldError("tracking_codes[" + i + "]", "no active label " + codes.get(i)));
      }
    }
    HandlerSupport.failIfAny(errors);
    return List.copyOf(codes);
  }

  private static Optional<OffsetDateTime> time(
      String field, String value, List<FieldError> errors) {
    if (value == null || value.isBlank()) {
      errors.add(new FieldError(field, "is required"));
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(value.trim()));
    } catch (DateTimeParseException e) {
      errors.add(new FieldError(field, "must be an RFC 3339 timestamp"));
      return Optional.empty();
    }
  }
}
