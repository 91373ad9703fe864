package com.parceliq.api.authz.quarantine;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/ops/principals/{principal_id}/quarantine")
@PlatformAdminRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Platform admin: operator actions")
public class QuarantineResource {

  @Inject CallerContext caller;
  @Inject PrincipalQuarantines quarantines;

  @POST
  @RouteAction(
      value = Action.OPERATE_PLATFORM,
      resource = ResourceType.PLATFORM,
      idParam = "principal_id")
  @Operation(
      summary = "Quarantine a principal (platform admin)",
      description =
          "The API key (key_...) or user (user:<subject>) is denied every request, whatever its"
              + " roles, from the next request on, on every API instance, until released.")
  public QuarantineDto quarantine(
      @RestPath("principal_id") String principalId, @Valid QuarantineBody body) {
    RequestBodies.require(body);
    return quarantines.quarantine(principalId, body.reason(), caller.principal().id());
  }

  @DELETE
  @RouteAction(
      value = Action.OPERATE_PLATFORM,
      resource = ResourceType.PLATFORM,
      idParam = "principal_id")
  @Operation(summary = "Release a quarantined principal (platform admin)")
  public Response release(@RestPath("principal_id") String principalId) {
    quarantines.release(principalId);
    return Response.noContent().build();
  }
}
