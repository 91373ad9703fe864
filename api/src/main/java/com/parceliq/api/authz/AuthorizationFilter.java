package com.parceliq.api.authz;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.authz.quarantine.PrincipalQuarantines;
import com.parceliq.api.authz.routes.RegisteredRoute;
import com.parceliq.api.authz.routes.RouteRegistry;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.RequestIds;
import com.parceliq.domain.ErrorCode;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Authorizes every routed request right after authentication: the route's action (route registry),
 * the principal, the resource (type, id from the route's path parameter, and the caller's own
 * tenant) go to the policy decision point. Fails closed: a route the registry does not know, a
 * deny, a quarantined principal and an undecidable request (PDP error or timeout: 503
 * AUTH.UNAVAILABLE with Retry-After) are all refused, and every refusal is audited. Allowed
 * privileged actions are audited once their response status is known.
 */
public class AuthorizationFilter {

  private static final Logger LOG = Logger.getLogger(AuthorizationFilter.class);
  static final String UNMAPPED = "unmapped_route";

  @Inject RouteRegistry routes;
  @Inject PolicyDecisionPoint pdp;
  @Inject PrincipalQuarantines quarantines;
  @Inject CallerContext caller;
  @Inject AuthorizationAudit audit;
  @Inject AuthorizationOutcome outcome;

  @ServerRequestFilter(priority = Priorities.AUTHORIZATION)
  public void authorize(
      ContainerRequestContext request, ResourceInfo resource, HttpServerRequest http) {
    RouteMdc.route(request, resource);
    Optional<RegisteredRoute> route = routes.find(resource.getResourceMethod());
    if (route.isPresent() && route.get().signatureAuthenticated()) {
      // No principal: the resource verifies the carrier's signature before doing anything.
      return;
    }
    Principal principal = caller.principal();
    RequestContext context = context(request, http);
    if (route.isEmpty()) {
      AuthorizationRequest unmapped =
          new AuthorizationRequest(principal, false, null, null, context);
      Decision decision = Decision.deny("route not in the registry");
      outcome.decided(unmapped, decision);
      audit.denied(unmapped, UNMAPPED, decision, 403);
      throw forbidden();
    }
    RegisteredRoute mapped = route.get();
    Optional<Boolean> quarantined = quarantineState(principal);
    // Unknown quarantine state (store unreachable): ask as if quarantined, and answer unavailable.
    AuthorizationRequest question =
        question(principal, quarantined.orElse(true), mapped, request, context);
    RouteMdc.decided(mapped, question.resource());
    Decision decision =
        quarantined.isPresent()
            ? decide(question)
            : Decision.unavailable("the quarantine list is unreadable");
    outcome.decided(question, decision);
    switch (decision.outcome()) {
      case ALLOW -> {}
      case DENY -> {
        audit.denied(question, mapped.action().wireName(), decision, 403);
        throw forbidden();
      }
      case UNAVAILABLE -> {
        LOG.warnf("authorization undecidable, denied: %s", decision.reason());
        audit.denied(question, mapped.action().wireName(), decision, 503);
        throw new ApiException(
            ErrorCode.AUTH_UNAVAILABLE,
            "Authorization could not be decided right now; nothing was done. Retry after the"
                + " Retry-After delay.");
      }
    }
  }

  @ServerResponseFilter
  public void auditAllowedPrivileged(ContainerResponseContext response) {
    outcome.allowedPrivileged().ifPresent(allowed -> audit.allowed(allowed, response.getStatus()));
  }

  private AuthorizationRequest question(
      Principal principal,
      boolean quarantined,
      RegisteredRoute route,
      ContainerRequestContext request,
      RequestContext context) {
    String id =
        route.hasIdParam()
            ? request.getUriInfo().getPathParameters().getFirst(route.idParam())
            : null;
    // The resource's tenant is the caller's own: the resource's queries are tenant-scoped, so
    // another tenant's id is answered 404 by the resource, never decided here as that tenant's.
    ResourceRef target = new ResourceRef(route.resource(), id, principal.tenantId());
    return new AuthorizationRequest(principal, quarantined, route.action(), target, context);
  }

  private Optional<Boolean> quarantineState(Principal principal) {
    try {
      return Optional.of(quarantines.isQuarantined(principal.id()));
    } catch (RuntimeException e) {
      LOG.warnf(e, "quarantine list unreadable");
      return Optional.empty();
    }
  }

  private Decision decide(AuthorizationRequest question) {
    try {
      Decision decision = pdp.decide(question);
      return decision == null ? Decision.unavailable("the PDP gave no decision") : decision;
    } catch (RuntimeException e) {
      return Decision.unavailable("the PDP failed: " + e.getMessage());
    }
  }

  private static RequestContext context(ContainerRequestContext request, HttpServerRequest http) {
    SocketAddress remote = http == null ? null : http.remoteAddress();
    return new RequestContext(
        request.getHeaderString(RequestIds.REQUEST_ID_HEADER),
        request.getHeaderString(RequestIds.CORRELATION_ID_HEADER),
        remote == null ? null : remote.hostAddress());
  }

  private static ApiException forbidden() {
    return new ApiException(ErrorCode.AUTH_FORBIDDEN, "The caller is not allowed to do this here.");
  }
}
