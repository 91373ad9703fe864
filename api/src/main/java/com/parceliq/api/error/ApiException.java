package com.parceliq.api.error;

import com.parceliq.domain.ErrorCode;
import java.util.List;

/** A refusal decided by the API itself, carrying a stable {@link ErrorCode}. */
public class ApiException extends RuntimeException {

  private final ErrorCode code;
  private final transient List<FieldError> errors;
  private final Integer retryAfterSeconds;

  public ApiException(ErrorCode code, String message) {
    this(code, message, List.of());
  }

  public ApiException(ErrorCode code, String message, List<FieldError> errors) {
    this(code, message, errors, null);
  }

  private ApiException(
      ErrorCode code, String message, List<FieldError> errors, Integer retryAfterSeconds) {
    super(message, null, false, false);
    this.code = code;
    this.errors = List.copyOf(errors);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** A 429: the client may try again after this many whole seconds (Retry-After). */
  public static ApiException rateLimited(String message, int retryAfterSeconds) {
    return new ApiException(
        ErrorCode.REQUEST_RATE_LIMITED, message, List.of(), Math.max(1, retryAfterSeconds));
  }

  public static ApiException invalidField(String field, String message) {
    return new ApiException(
        ErrorCode.REQUEST_INVALID,
        "The request has invalid fields.",
        List.of(new FieldError(field, message)));
  }

  public static ApiException notFound(String what, String id) {
    return new ApiException(ErrorCode.NOT_FOUND, "No " + what + " with id " + id + ".");
  }

  public ErrorCode code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }

  /** Seconds to wait before retrying, when this refusal says so; else null. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
