package com.parceliq.api.ops.invoicing;

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
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/ops/invoice_runs")
@PlatformAdminRoute
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Platform admin: operator actions")
public class InvoiceRunResource {

  @Inject IdempotentPosts idempotency;
  @Inject InvoiceRuns runs;

  @POST
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.PLATFORM)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Issue the monthly statements of a closed month now (platform admin)",
      description =
          "Starts an invoicing run for period (YYYY-MM, a month already over): every due"
              + " tenant's statement, or tenant_id's only. A statement already issued is never"
              + " issued again, so the same request twice issues nothing new; while a run for the"
              + " same period and tenant is going, the request joins it.")
  @APIResponse(
      responseCode = "201",
      description = "The run has started.",
      headers = @Header(name = "Location", description = "The run."),
      content = @Content(schema = @Schema(implementation = InvoiceRunDto.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "period is missing, malformed, the current or a future month; or tenant_id names no"
              + " tenant.")
  public Response start(InvoiceRunBody body) {
    RequestBodies.require(body);
    return idempotency.execute(
        body,
        () -> {
          InvoiceRunDto run = runs.start(body);
          return Response.created(URI.create("/v1/ops/invoice_runs/" + run.id()))
              .entity(run)
              .build();
        });
  }

  @GET
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.PLATFORM, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Show an invoicing run (platform admin)",
      description =
          "Its status (running, completed, failed, ...) and progress: tenants done, statements"
              + " issued and found issued before, tenants whose statement did not balance.")
  @APIResponse(
      responseCode = "200",
      description = "The run.",
      content = @Content(schema = @Schema(implementation = InvoiceRunDto.class)))
  @APIResponse(responseCode = "404", description = "No invoicing run with this id.")
  @APIResponse(
      responseCode = "503",
      description = "No billing worker answered for the run's progress (Retry-After).")
  public InvoiceRunDto get(@RestPath String id) {
    return runs.view(id);
  }
}
