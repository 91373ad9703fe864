package com.parceliq.api.ops.archival;

import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/ops/archival/runs")
@PlatformAdminRoute
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Platform admin: operator actions")
public class ArchivalRunResource {

  @Inject IdempotentPosts idempotency;
  @Inject ArchivalRuns runs;

  @POST
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.PLATFORM)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Archive finished shipments now (platform admin)",
      description =
          "Starts an archival run: every shipment in a final state (delivered, completed, voided,"
              + " returned) last changed before completed_before moves to the archive (S3), of"
              + " tenant_id only when given. The run goes on in the background; poll Location."
              + " With an Idempotency-Key a retry starts no second run.")
  @APIResponse(
      responseCode = "201",
      description = "The run has started.",
      headers = @Header(name = "Location", description = "The run."),
      content = @Content(schema = @Schema(implementation = ArchivalRunDto.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "completed_before is missing, not RFC 3339 or in the future, or tenant_id names no"
              + " tenant.")
  public Response start(
      ArchivalRunBody body, @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    RequestBodies.require(body);
    String key = IdempotentPosts.idempotencyKey(idempotencyKey).orElse(null);
    return idempotency.execute(
        body,
        () -> {
          ArchivalRunDto run = runs.start(body, key);
          return Response.created(URI.create("/v1/ops/archival/runs/" + run.id()))
              .entity(run)
              .build();
        });
  }

  @GET
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.PLATFORM, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Show an archival run (platform admin)",
      description =
          "Its status (running, completed, failed, canceled, terminated, timed_out) and progress:"
              + " pages written, shipments and bytes archived.")
  @APIResponse(
      responseCode = "200",
      description = "The run.",
      content = @Content(schema = @Schema(implementation = ArchivalRunDto.class)))
  @APIResponse(responseCode = "404", description = "No archival run with this id.")
  @APIResponse(
      responseCode = "503",
      description = "No archival worker answered for the running run's progress (Retry-After).")
  public ArchivalRunDto get(@RestPath String id) {
    return runs.view(id);
  }
}
