package com.parceliq.api.error;

import com.parceliq.domain.ErrorCode;

/** The HTTP status of each kind of refusal; the only place that decides it. */
public final class ErrorStatus {

  /** Seconds a client should wait before retrying after a 503. */
  public static final int RETRY_AFTER_SECONDS = 5;

  private ErrorStatus() {}

  public static int of(ErrorCode.Category category) {
    return switch (category) {
      case MALFORMED -> 400;
      case UNAUTHENTICATED -> 401;
      case INSUFFICIENT_FUNDS -> 402;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case VALIDATION -> 422;
      case RATE_LIMITED -> 429;
      case UNAVAILABLE -> 503;
      case INTERNAL -> 500;
    };
  }

  /** The error for a code; internal errors never carry their (possibly revealing) message. */
  public static ApiError error(ErrorCode code, String message, java.util.List<FieldError> errors) {
    int status = of(code.category());
    if (code.category() == ErrorCode.Category.INTERNAL) {
      return ApiError.of(status, code.code(), Messages.INTERNAL);
    }
    Integer retryAfter = status == 503 ? RETRY_AFTER_SECONDS : null;
    return new ApiError(status, code.code(), message, errors, retryAfter);
  }

  public static ApiError error(ErrorCode code, String message) {
    return error(code, message, java.util.List.of());
  }
}
