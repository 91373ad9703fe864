package com.parceliq.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.ErrorBody;
import com.parceliq.api.error.HttpErrors;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Answers paths no route serves with the contract's 404 document instead of the framework's default
 * page. Installed last, so it only sees what every other route let through.
 */
@ApplicationScoped
public class UnknownRouteHandler {

  @Inject ObjectMapper mapper;

  void install(@Observes Router router) {
    router.route().last().handler(this::notFound);
  }

  void notFound(RoutingContext context) {
    if (context.response().ended()) {
      return;
    }
    String requestId = context.request().getHeader(RequestIds.REQUEST_ID_HEADER);
    String body;
    try {
      body = mapper.writeValueAsString(ErrorBody.of(HttpErrors.notFound(), requestId));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render the 404 document", e);
    }
    context.response().setStatusCode(404).putHeader("Content-Type", "application/json").end(body);
  }
}
