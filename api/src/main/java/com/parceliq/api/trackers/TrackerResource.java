package com.parceliq.api.trackers;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/trackers")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Trackers",
    description = "Where a bought label's parcel is (its shipment's tracker_id)")
public class TrackerResource {

  @Inject CallerContext caller;
  @Inject TrackerReads reads;

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.TRACKER, idParam = "id")
  @Path("/{id}")
  @Operation(summary = "Show a tracker", description = "Status and tracking_details, oldest first.")
  @APIResponse(
      responseCode = "200",
      description = "The tracker.",
      content = @Content(schema = @Schema(implementation = TrackerDto.class)))
  @APIResponse(responseCode = "404", description = "No tracker with this id for this tenant.")
  public TrackerDto get(@RestPath String id) {
    return reads.view(caller.tenantId(), id);
  }
}
