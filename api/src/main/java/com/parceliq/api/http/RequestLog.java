package com.parceliq.api.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * One line per answered API request, written while the request's MDC (request and correlation ids,
 * tenant, principal, route, action, resource, trace) is still in place: the line an operator starts
 * from when following a request into Temporal and the workers (docs/observability.md). Turn it down
 * with quarkus.log.category."com.parceliq.api.http.RequestLog".level=WARN.
 */
public class RequestLog {

  private static final Logger LOG = Logger.getLogger(RequestLog.class);

  @ServerResponseFilter
  public void answered(ContainerRequestContext request, ContainerResponseContext response) {
    LOG.infof("%s answered %d", request.getMethod(), response.getStatus());
  }
}
