package com.parceliq.api.error;

import com.parceliq.domain.ErrorCode;
import java.util.List;

/** A refusal decided by the API itself, carrying a stable {@link ErrorCode}. */
public class ApiException extends RuntimeException {

  private final ErrorCode code;
  private final transient List<FieldError> errors;

  public ApiException(ErrorCode code, String message) {
    this(code, message, List.of());
  }

  public ApiException(ErrorCode code, String message, List<FieldError> errors) {
    super(message, null, false, false);
    this.code = code;
    this.errors = List.copyOf(errors);
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
}
