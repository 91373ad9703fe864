package com.parceliq.api.authz.policies;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.http.RequestIds;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/policies")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Policies",
    description = "The tenant's own Cedar policies, evaluated together with the platform's")
public class PolicyResource {

  @Inject CallerContext caller;
  @Inject TenantPolicies policies;
  @Inject StoredTenantPolicies stored;

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.POLICY)
  @Operation(summary = "Show the tenant's own policies (tenant admin)")
  public PolicyDto get() {
    return policies.current(caller.tenantId());
  }

  @PUT
  @RouteAction(value = Action.MANAGE_POLICIES, resource = ResourceType.POLICY)
  @Operation(
      summary = "Replace the tenant's own policies (tenant admin)",
      description =
          "Cedar text, evaluated together with the platform's base policies: a tenant's forbid"
              + " narrows what its roles may do (e.g. `forbid (principal in"
              + " Parceliq::Role::\"shipper\", action == Parceliq::Action::\"void_label\","
              + " resource);`); nothing reaches outside the tenant. Takes effect on every API"
              + " instance within seconds. An empty text removes them. Audited.")
  @APIResponse(responseCode = "422", description = "Not valid Cedar (the parser's message)")
  public PolicyDto replace(@Valid PolicyBody body, @Context HttpHeaders headers) {
    RequestBodies.require(body);
    String tenantId = caller.tenantId();
    PolicyDto replaced =
        policies.replace(
            tenantId, body.policies(), caller.principal().id(), RequestIds.requestId(headers));
    // After the commit: this instance applies the new text from the next request on.
    stored.forget(tenantId);
    return replaced;
  }
}
