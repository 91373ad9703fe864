package com.parceliq.simulator.http;

import java.util.List;

/** The simulator's error shape: {@code {"error": {"code", "message", "errors": [...]}}}. */
public record ErrorBody(Detail error) {

  /** What went wrong, with the offending fields when there are any. */
  public record Detail(String code, String message, List<FieldError> errors) {}

  public static ApiResponse response(ApiException e) {
    ApiResponse response =
        ApiResponse.json(
            e.status(), new ErrorBody(new Detail(e.code(), e.getMessage(), e.errors())));
    // Clients back off on Retry-After; a second is enough for the simulator's transient errors.
    return e.status() == 503 ? response.withHeader("Retry-After", "1") : response;
  }
}
