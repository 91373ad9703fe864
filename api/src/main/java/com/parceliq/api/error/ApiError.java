package com.parceliq.api.error;

import java.util.List;

/**
 * What the client is told when a request fails, before it is rendered: HTTP status, stable code,
 * human message, field errors, and how long to wait before retrying (503, and 429 when the limiter
 * says).
 */
public record ApiError(
    int status, String code, String message, List<FieldError> errors, Integer retryAfterSeconds) {

  public ApiError {
    errors = errors == null ? List.of() : List.copyOf(errors);
  }

  public static ApiError of(int status, String code, String message) {
    return new ApiError(status, code, message, List.of(), null);
  }

  /** The same error, telling the client when to try again (Retry-After, whole seconds). */
  public ApiError retryingAfter(int seconds) {
    return new ApiError(status, code, message, errors, seconds);
  }

  /** A final answer: the same request would get it again, so an idempotent retry may replay it. */
  public boolean isClientError() {
    return status >= 400 && status < 500;
  }
}
