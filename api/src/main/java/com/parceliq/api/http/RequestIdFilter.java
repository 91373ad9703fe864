package com.parceliq.api.http;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.MDC;

/**
 * Gives every HTTP exchange a request id and a correlation id, before routing, so that every
 * response carries them: API routes, errors, /q/* endpoints and 404s of unknown paths alike. The
 * ids are written back onto the request headers, where the rest of the API reads them, and into the
 * logging MDC.
 */
@ApplicationScoped
public class RequestIdFilter {

  /** Runs before every other filter (higher runs first). */
  private static final int PRIORITY = 10_000;

  void register(@Observes Filters filters) {
    filters.register(RequestIdFilter::assignIds, PRIORITY);
  }

  static void assignIds(RoutingContext context) {
    HttpServerRequest request = context.request();
    String requestId = RequestIds.acceptOrGenerate(request.getHeader(RequestIds.REQUEST_ID_HEADER));
    String correlation = request.getHeader(RequestIds.CORRELATION_ID_HEADER);
    String correlationId = RequestIds.isAcceptable(correlation) ? correlation : requestId;
    request.headers().set(RequestIds.REQUEST_ID_HEADER, requestId);
    request.headers().set(RequestIds.CORRELATION_ID_HEADER, correlationId);
    context
        .response()
        .putHeader(RequestIds.REQUEST_ID_HEADER, requestId)
        .putHeader(RequestIds.CORRELATION_ID_HEADER, correlationId);
    MDC.put(RequestIds.MDC_REQUEST_ID, requestId);
    MDC.put(RequestIds.MDC_CORRELATION_ID, correlationId);
    context.next();
  }
}
