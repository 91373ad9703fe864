package com.parceliq.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.ApiError;
import com.parceliq.api.error.ErrorBody;
import io.vertx.ext.web.RoutingContext;

/**
 * Ends an exchange with the contract's error document from a Vert.x handler, where no JAX-RS
 * exception mapper runs (unknown paths, bodies refused before they are read).
 */
final class RawErrors {

  private RawErrors() {}

  static void send(ObjectMapper mapper, RoutingContext context, ApiError error) {
    String requestId = context.request().getHeader(RequestIds.REQUEST_ID_HEADER);
    String body;
    try {
      body = mapper.writeValueAsString(ErrorBody.of(error, requestId));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the error document", e);
    }
    context
        .response()
        .setStatusCode(error.status())
        .putHeader("Content-Type", "application/json")
        .end(body);
  }
}
