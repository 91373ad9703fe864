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

  private static final String CLAIMS_PATH = "/v1/claims";

  @Inject ObjectMapper mapper;

  /** The largest body of all: a claim with five evidence files of 5 MB in base64. */
  @ConfigProperty(name = "quarkus.http.limits.max-body-size")
  MemorySize maxBodySize;

  /** Every other route's limit. */
  @ConfigProperty(name = "parceliq.api.max-body-size", defaultValue = "1M")
  MemorySize routeBodySize;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void check(RoutingContext context) {
    if (declaredLength(context) > limit(context).asLongValue()) {
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
      RawErrors.send(mapper, context, HttpErrors.forStatus(413));
      return;
    }
    context.next();
  }

  /** Only filing a claim takes evidence files inline; everything else stays small. */
  private MemorySize limit(RoutingContext context) {
    return CLAIMS_PATH.equals(context.normalizedPath()) ? maxBodySize : routeBodySize;
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
