package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.model.ClaimBody;
import com.parceliq.simulator.state.ClaimRecord;
import com.parceliq.simulator.state.RandomIds;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.triggers.ClaimTriggers;
import com.parceliq.simulator.triggers.InvalidTriggerException;
import com.parceliq.simulator.views.ClaimView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code POST /v1/claims}: files a claim on a label this carrier sold (201, status {@code
 * pending}); the claims desk decides later as the description's triggers say ({@link
 * ClaimTriggers}). Idempotent by {@code Idempotency-Key}.
 */
public final class ClaimHandler implements ApiHandler {

  private static final Set<String> TYPES = Set.of("lost", "damaged", "delayed");

  private final SimulatorState state;

  public ClaimHandler(SimulatorState state) {
    this.state = state;
  }

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    ClaimBody body = request.bodyAs(ClaimBody.class);
    List<FieldError> errors = new ArrayList<>();
    if (body.trackingCode() == null || state.labels().find(body.trackingCode()).isEmpty()) {
      errors.add(new FieldError("tracking_code", "no label with tracking code"));
    }
    if (body.type() == null || !TYPES.contains(body.type())) {
      errors.add(new FieldError("type", "must be one of " + TYPES));
    }
    BigDecimal amount = amount(body.amount(), errors);
    ClaimTriggers triggers = triggers(body.description(), errors);
    HandlerSupport.failIfAny(errors);
    return state
        .responses()
        .once(
            "claim",
            request.header("Idempotency-Key"),
            () -> {
              ClaimRecord claim =
                  new ClaimRecord(
                      RandomIds.id("sbxclm"),
                      body.trackingCode(),
                      body.type(),
                      amount,
                      body.currency() == null ? "USD" : body.currency(),
                      state.now(),
                      triggers);
              state.claims().add(claim);
              return ApiResponse.json(201, ClaimView.of(claim, state.now()));
            });
  }

  private static BigDecimal amount(String text, List<FieldError> errors) {
    try {
      BigDecimal amount = new BigDecimal(text == null ? "" : text);
      if (amount.signum() > 0 && amount.stripTrailingZeros().scale() <= 2) {
        return amount.setScale(2);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new FieldError("amount", "must be a positive decimal with at most two places"));
    return BigDecimal.ZERO;
  }

  private static ClaimTriggers triggers(String description, List<FieldError> errors) {
    try {
      return ClaimTriggers.parse(description);
    } catch (InvalidTriggerException e) {
      errors.add(new FieldError("description", e.getMessage()));
      return ClaimTriggers.NONE;
    }
  }
}
