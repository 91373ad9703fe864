package com.parceliq.api.error;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The contract's error document: {@code {"error": {code, message, errors, request_id}}}. */
public record ErrorBody(Detail error) {

  public static ErrorBody of(ApiError error, String requestId) {
    return new ErrorBody(new Detail(error.code(), error.message(), error.errors(), requestId));
  }

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Detail(String code, String message, List<FieldError> errors, String requestId) {}
}
