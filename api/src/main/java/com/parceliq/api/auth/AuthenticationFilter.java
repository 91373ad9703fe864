package com.parceliq.api.auth;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.ratelimit.AuthFailureLimits;
import com.parceliq.api.ratelimit.RequestLimits;
import com.parceliq.domain.ErrorCode;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.util.Optional;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Authenticates every API route (fail closed: the only opt-out is {@link CarrierSignedRoute}, for
 * carrier webhooks that prove themselves with the carrier's signature instead). Who may call what
 * is the authorization filter's (com.parceliq.api.authz), which runs next. Runs after routing, so
 * an unknown path is a plain 404, and on the worker thread of the (blocking) resource method, so it
 * may read the database. Rate limits apply here too: a client address that keeps sending rejected
 * credentials is refused first, and an authenticated caller takes a token from its own and its
 * tenant's bucket before anything else happens.
 */
public class AuthenticationFilter {

  @Inject Authenticator authenticator;
  @Inject CallerContext caller;
  @Inject AuthFailureLimits authFailures;
  @Inject RequestLimits requestLimits;

  @ServerRequestFilter(priority = Priorities.AUTHENTICATION)
  public void authenticate(
      ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
    if (isCarrierSignedRoute(resource)) {
      // The carrier's signature over the body authenticates these; the resource verifies it.
      return;
    }
    String address = clientAddress(http);
    authFailures.refuseIfBlocked(address);
    Optional<String> token =
        BearerTokens.fromHeader(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    Optional<Authenticated> authenticated = token.flatMap(authenticator::authenticate);
    if (authenticated.isEmpty()) {
      if (token.isPresent()) {
        // Only a credential that was tried counts as a guess; a missing header guesses nothing.
        authFailures.recordFailure(address);
      }
      throw new ApiException(
          ErrorCode.AUTH_UNAUTHENTICATED,
          "Send Authorization: Bearer <API key or access token>; the one given is missing,"
              + " unknown, revoked or expired.");
    }
    Principal principal = authenticated.get().principal();
    caller.authenticated(principal);
    if (principal.tenantId() != null) {
      MDC.put("tenant_id", principal.tenantId());
    }
    // Travels on into workflows and activities with the correlation id (CorrelationPropagator).
    MDC.put("principal_id", principal.id());
    requestLimits.admit(authenticated.get());
  }

  /**
   * The peer of the connection. Behind a reverse proxy, set quarkus.http.proxy.* so that this is
   * the client's address and not the proxy's (else all clients share one failure bucket).
   */
  static String clientAddress(HttpServerRequest http) {
    SocketAddress remote = http.remoteAddress();
    return remote == null || remote.hostAddress() == null ? "unknown" : remote.hostAddress();
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
