package com.parceliq.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.parceliq.domain.ErrorCode;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;

/**
 * The single decision of what any failure looks like to the client. Exception mappers and the
 * idempotency layer both use it, so a stored answer and a live answer never disagree.
 */
public final class ErrorTranslator {

  private ErrorTranslator() {}

  public static ApiError translate(Throwable failure) {
    if (failure instanceof ApiException api) {
      ApiError error = ErrorStatus.error(api.code(), api.getMessage(), api.errors());
      return api.retryAfterSeconds() == null ? error : error.retryingAfter(api.retryAfterSeconds());
    }
    if (failure instanceof ConstraintViolationException violations) {
      return ConstraintViolations.toApiError(violations.getConstraintViolations());
    }
    JsonProcessingException json = bodyParseFailure(failure);
    if (json != null) {
      return JsonErrors.toApiError(json);
    }
    if (failure instanceof WebApplicationException web) {
      return HttpErrors.forStatus(web.getResponse().getStatus());
    }
    var temporal = TemporalErrors.translate(failure);
    if (temporal.isPresent()) {
      return temporal.get();
    }
    if (DependencyErrors.isUnavailable(failure)) {
      return ErrorStatus.error(ErrorCode.DEPENDENCY_UNAVAILABLE, Messages.UNAVAILABLE);
    }
    return ErrorStatus.error(ErrorCode.INTERNAL, Messages.INTERNAL);
  }

  /**
   * A JSON failure reading the request body, as thrown directly or wrapped once by the REST layer.
   * A JSON failure deeper in the chain is our own bug (e.g. an unreadable column), not the
   * client's.
   */
  private static JsonProcessingException bodyParseFailure(Throwable failure) {
    if (failure instanceof JsonProcessingException json) {
      return json;
    }
    if ((failure instanceof WebApplicationException || failure instanceof ProcessingException)
        && failure.getCause() instanceof JsonProcessingException json) {
      return json;
    }
    return null;
  }
}
