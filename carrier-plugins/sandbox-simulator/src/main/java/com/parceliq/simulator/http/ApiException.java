package com.parceliq.simulator.http;

import java.util.List;

/** A request the simulator refuses; rendered as the simulator's JSON error shape. */
public class ApiException extends Exception {

  private final int status;
  private final String code;
  private final List<FieldError> errors;

  public ApiException(int status, String code, String message, List<FieldError> errors) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = List.copyOf(errors);
  }

  public static ApiException badRequest(String message) {
    return new ApiException(400, "invalid_request", message, List.of());
  }

  public static ApiException notFound(String message) {
    return new ApiException(404, "not_found", message, List.of());
  }

  public static ApiException invalid(List<FieldError> errors) {
    return new ApiException(422, "validation_failed", "the request has invalid fields", errors);
  }

  public static ApiException unprocessable(String code, String message) {
    return new ApiException(422, code, message, List.of());
  }

  public static ApiException unavailable(String message) {
    return new ApiException(503, "service_unavailable", message, List.of());
  }

  public int status() {
    return status;
  }

  public String code() {
    return code;
  }

  public List<FieldError> errors() {
    return errors;
  }
}
