package com.parceliq.api.error;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.parceliq.api.http.RequestIds;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The one family of exception mappers. Each entry exists only to out-rank a built-in mapper for
 * that type; all of them delegate to {@link ErrorTranslator}, so every failure has one shape and
 * never a stack trace.
 */
public class ErrorMappers {

  private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

  @ServerExceptionMapper
  public Response apiException(ApiException failure, HttpHeaders headers) {
    return render(failure, headers);
  }

  @ServerExceptionMapper
  public Response constraintViolation(ConstraintViolationException failure, HttpHeaders headers) {
    return render(failure, headers);
  }

  @ServerExceptionMapper
  public Response validation(ValidationException failure, HttpHeaders headers) {
    return render(failure, headers);
  }

  @ServerExceptionMapper
  public Response json(JsonProcessingException failure, HttpHeaders headers) {
    return render(failure, headers);
  }

  @ServerExceptionMapper
  public Response mismatchedInput(MismatchedInputException failure, HttpHeaders headers) {
    return render(failure, headers);
  }

  @ServerExceptionMapper
  public Response webApplication(WebApplicationException failure, HttpHeaders headers) {
    return render(failure, headers);
  }

  @ServerExceptionMapper
  public Response anything(Throwable failure, HttpHeaders headers) {
    return render(failure, headers);
  }

  private static Response render(Throwable failure, HttpHeaders headers) {
    ApiError error = ErrorTranslator.translate(failure);
    log(error, failure);
    return ErrorResponses.render(error, RequestIds.requestId(headers));
  }

  private static void log(ApiError error, Throwable failure) {
    if (error.status() >= 500 && error.status() != 503) {
      LOG.errorf(failure, "Request failed with %d %s", error.status(), error.code());
    } else if (error.status() == 503) {
      LOG.warnf("Request failed with 503 %s: %s", error.code(), describe(failure));
    } else {
      LOG.debugf("Request refused with %d %s: %s", error.status(), error.code(), describe(failure));
    }
  }

  private static String describe(Throwable failure) {
    Throwable root = failure;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return failure.getClass().getSimpleName()
        + (root == failure ? "" : " caused by " + root.getClass().getSimpleName())
        + ": "
        + root.getMessage();
  }
}
