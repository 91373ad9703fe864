package com.parceliq.api.ops.shipments;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.http.RequestIds;
import com.parceliq.api.idempotency.IdempotentPosts;
import com.parceliq.api.shipments.ShipmentDto;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/ops/shipments")
@PlatformAdminRoute
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Platform admin: operator actions")
public class ShipmentDecisionResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject ShipmentDecisions decisions;

  @POST
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.PLATFORM, idParam = "id")
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Retry or cancel a parked shipment (platform admin)",
      description =
          "Sends the operatorDecision signal to the shipment's workflow: retry tries the stuck"
              + " step again with the same idempotency keys, cancel gives it up and releases the"
              + " funds. The workflow acts on it in the background: the shipment answered may"
              + " still show needs_attention. Audited as decide_shipment. Keyed by"
              + " Idempotency-Key.")
  @APIResponse(
      responseCode = "200",
      description =
          "The decision is recorded in the shipment's workflow history (durable); the shipment as"
              + " it reads now.",
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(responseCode = "404", description = "No shipment with this id.")
  @APIResponse(
      responseCode = "409",
      description = "SHIPMENT.INVALID_STATE: the shipment is not parked (or its workflow ended).")
  @APIResponse(responseCode = "422", description = "action is not retry or cancel.")
  public Response decide(
      @RestPath String id, ShipmentDecisionBody body, @Context HttpHeaders headers) {
    RequestBodies.require(body);
    ShipmentDecisions.Actor actor =
        new ShipmentDecisions.Actor(caller.principal().id(), RequestIds.requestId(headers));
    // 200, not 202: once Temporal accepted the signal the decision is durable and final, and a
    // final answer is what the Idempotency-Key replays (a 202 would send the signal again).
    return idempotency.execute(body, () -> Response.ok(decisions.decide(actor, id, body)).build());
  }
}
