package com.parceliq.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
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
    RawErrors.send(mapper, context, HttpErrors.notFound());
  }
}
