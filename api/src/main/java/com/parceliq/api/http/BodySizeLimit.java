package com.parceliq.api.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.error.HttpErrors;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses a declared body larger than the route's limit with the contract's 413 document before a
 * byte of it is read: {@code parceliq.api.max-body-size} for every JSON route, {@code
 * parceliq.claims.max-body-size} for filing a claim (evidence files inline), {@code
 * parceliq.reconciliation.max-upload-size} for the one route that streams a file (a carrier invoice
 * CSV to {@code POST /v1/reconciliation}). Vert.x enforces {@code
 * quarkus.http.limits.max-body-size} (the largest of them) on every body, including bodies sent
 * without a length, by closing the connection.
 */
@ApplicationScoped
public class BodySizeLimit {

  /** After request ids are assigned (10,000), before anything reads the body. */
  private static final int PRIORITY = 9_000;

  private static final String CLAIMS_PATH = "/v1/claims";

  @Inject ObjectMapper mapper;

  /** The only route whose body is streamed rather than read into memory. */
  private static final String UPLOAD_PATH = "/v1/reconciliation";

  @ConfigProperty(name = "parceliq.api.max-body-size", defaultValue = "1M")
  MemorySize maxBodySize;

  /** A claim with five evidence files of 5 MB in base64. */
  @ConfigProperty(name = "parceliq.claims.max-body-size", defaultValue = "36M")
  MemorySize maxClaimSize;

  @ConfigProperty(name = "parceliq.reconciliation.max-upload-size", defaultValue = "2G")
  MemorySize maxUploadSize;

  void register(@Observes Filters filters) {
    filters.register(this::check, PRIORITY);
  }

  void check(RoutingContext context) {
    if (declaredLength(context) > limitFor(context).asLongValue()) {
      context.response().putHeader(HttpHeaders.CONNECTION, "close");
      RawErrors.send(mapper, context, HttpErrors.forStatus(413));
      return;
    }
    context.next();
  }

  private MemorySize limitFor(RoutingContext context) {
    if (CLAIMS_PATH.equals(context.normalizedPath())) {
      return maxClaimSize;
    }
    String type = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
    boolean upload =
        context.request().method() == HttpMethod.POST
            && UPLOAD_PATH.equals(context.request().path())
            && type != null
            && type.toLowerCase(Locale.ROOT).startsWith("text/csv");
    return upload ? maxUploadSize : maxBodySize;
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
