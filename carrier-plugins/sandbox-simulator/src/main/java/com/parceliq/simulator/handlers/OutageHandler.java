package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiException;
import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.http.FieldError;
import com.parceliq.simulator.state.SimulatorState;
import com.parceliq.simulator.views.Times;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /_control/outage {"seconds": S}}: every carrier call answers 503 for S seconds
 * (fractions allowed, so tests can stay short); 0 ends an outage. Control calls and /health keep
 * working.
 */
public final class OutageHandler implements ApiHandler {

  private static final BigDecimal MAX_SECONDS = new BigDecimal(86_400);

  private final SimulatorState state;

  public OutageHandler(SimulatorState state) {
    this.state = state;
  }

  /** The body: seconds of outage. */
  public record OutageBody(BigDecimal seconds) {}

  @Override
  public ApiResponse handle(ApiRequest request) throws ApiException {
    BigDecimal seconds = request.bodyAs(OutageBody.class).seconds();
    if (seconds == null || seconds.signum() < 0 || seconds.compareTo(MAX_SECONDS) > 0) {
      throw ApiException.invalid(List.of(new FieldError("seconds", "must be 0 to 86400")));
    }
    Duration length = Duration.ofMillis(seconds.movePointRight(3).longValue());
    Instant until = state.outage().start(state.now(), length);
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("seconds", seconds);
    answer.put("outage_until", Times.format(until));
    return ApiResponse.ok(answer);
  }
}
