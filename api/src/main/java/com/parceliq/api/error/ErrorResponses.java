package com.parceliq.api.error;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Renders an {@link ApiError} as a JAX-RS response in the contract's shape. */
public final class ErrorResponses {

  private ErrorResponses() {}

  public static Response render(ApiError error, String requestId) {
    Response.ResponseBuilder response =
        Response.status(error.status())
            .type(MediaType.APPLICATION_JSON_TYPE)
            .entity(ErrorBody.of(error, requestId));
    if (error.retryAfterSeconds() != null) {
      response.header(HttpHeaders.RETRY_AFTER, error.retryAfterSeconds());
    }
    if (error.status() == 401) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return response.build();
  }
}
