package com.parceliq.api.auth;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every API route (fail closed: the only opt-out is {@link CarrierSignedRoute}, for
 * carrier webhooks that prove themselves with the carrier's signature instead). Who may call what
 * is the authorization filter's (com.parceliq.api.authz), which runs next. Runs after routing, so
 * an unknown path is a plain 404, and on the worker thread of the (blocking) resource method, so it
 * may read the database.
 */
public class AuthenticationFilter {

  @Inject Authenticator authenticator;
  @Inject CallerContext caller;

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
  public void authenticate(ContainerRequestContext request, ResourceInfo resource) {
    if (isCarrierSignedRoute(resource)) {
      // The carrier's signature over the body authenticates these; the resource verifies it.
      return;
    }
    Principal principal =
        BearerTokens.fromHeader(request.getHeaderString(HttpHeaders.AUTHORIZATION))
            .flatMap(authenticator::authenticate)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.AUTH_UNAUTHENTICATED,
                        "Send Authorization: Bearer <your API key>; the key given is missing,"
                            + " unknown or revoked."));
    caller.authenticated(principal);
    if (principal.tenantId() != null) {
      MDC.put("tenant_id", principal.tenantId());
    }
  }

  /**
   * The one exemption: a resource class marked {@link CarrierSignedRoute} (carrier webhooks, which
   * carry no API key). Only the class counts, so no single method can opt out by itself.
   */
  static boolean isCarrierSignedRoute(ResourceInfo resource) {
    return resource.getResourceClass() != null
        && resource.getResourceClass().isAnnotationPresent(CarrierSignedRoute.class);
  }
}
