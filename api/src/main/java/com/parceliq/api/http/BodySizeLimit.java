package com.parceliq.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.HttpErrors;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body larger than {@code quarkus.http.limits.max-body-size} with the contract's
 * 413 document before a byte of it is read. (Vert.x enforces the same limit on bodies sent without
 * a length, by closing the connection; this filter gives the common case a readable answer.)
 */
@ApplicationScoped
public class BodySizeLimit {

  /** After request ids are assigned (10,000), before anything reads the body. */
  private static final int PRIORITY = 9_000;

  @Inject ObjectMapper mapper;

  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void check(RoutingContext context) {
    if (declaredLength(context) > maxBodySize.asLongValue()) {
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
      RawErrors.send(mapper, context, HttpErrors.forStatus(413));
      return;
    }
    context.next();
  }

  private static long declaredLength(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return -1;
    }
    try {
      return Long.parseLong(length.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
