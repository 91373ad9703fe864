package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.PickupBody;
import com.parceliq.simulator.model.RequestRules;
import com.parceliq.simulator.state.RandomIds;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.PickupView;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /v1/pickups}: schedule a collection of known, unvoided labels within an RFC 3339
 * window, for a flat {@value #FEE} USD. Idempotent by {@code Idempotency-Key}.
 */
public final class PickupHandler implements ApiHandler {

  static final String FEE = "4.50";

  private final SimulatorState state;

  public PickupHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    PickupBody body = request.bodyAs(PickupBody.class);
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
    return state
        .responses()
        .once(
            "pickup",
            request.header("Idempotency-Key"),
            () -> ApiResponse.json(201, pickup(body, codes)));
  }

  private static PickupView pickup(PickupBody body, List<String> codes) {
    String id = RandomIds.id("sbxpck");
    String confirmation = "PU" + id.substring(id.indexOf('_') + 1, id.indexOf('_') + 9);
    return new PickupView(
        id,
        confirmation.toUpperCase(Locale.ROOT),
        body.windowStart(),
        body.windowEnd(),
        List.copyOf(codes),
        FEE,
        "USD");
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
