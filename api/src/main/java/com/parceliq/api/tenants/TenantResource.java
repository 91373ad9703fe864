package com.parceliq.api.tenants;

import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/tenants")
@PlatformAdminRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Tenants", description = "Platform administration: tenants and their first API key")
public class TenantResource {

  @Inject TenantOnboarding onboarding;
  @Inject IdempotentPosts idempotency;

  @POST
  @RouteAction(value = Action.MANAGE_TENANTS, resource = ResourceType.TENANT)
  @Operation(
      summary = "Create a tenant",
      description =
          "Platform admin key only. Returns the tenant and its first API key (role admin);"
              + " the key is shown this once and stored only as a hash.")
  public Response create(@Valid CreateTenantRequest request) {
    RequestBodies.require(request);
    return idempotency.execute(
        request,
        () -> Response.status(Response.Status.CREATED).entity(onboarding.onboard(request)).build());
  }
}
