package com.parceliq.api.ops.claims;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.claims.ClaimDto;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.http.RequestIds;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/ops/claims")
@PlatformAdminRoute
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Platform admin: operator actions")
public class ClaimDecisionResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject ClaimDecisions decisions;

  @POST
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.PLATFORM, idParam = "id")
  @Path("/{id}/decision")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Decide a claim (platform admin)",
      description =
          "approve (amount at most the claimed amount; the whole claim when omitted) or deny,"
              + " with a reason. An approval is paid into the tenant's wallet once; the claim"
              + " ends paid or denied. Audited as decide_claim. Keyed by Idempotency-Key.")
  @APIResponse(
      responseCode = "200",
      description = "The claim, decided.",
      content = @Content(schema = @Schema(implementation = ClaimDto.class)))
  @APIResponse(
      responseCode = "202",
      description = "Accepted but not finished within the wait; poll the claim.")
  @APIResponse(responseCode = "404", description = "No claim with this id.")
  @APIResponse(
      responseCode = "409",
      description = "CLAIM.INVALID_STATE: already decided, or an amount above the claim.")
  @APIResponse(responseCode = "422", description = "Invalid decision, amount or reason.")
  public Response decide(
      @RestPath String id,
      ClaimDecisionBody body,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey,
      @Context HttpHeaders headers) {
    RequestBodies.require(body);
    ClaimDecisions.Actor actor =
        new ClaimDecisions.Actor(caller.principal().id(), RequestIds.requestId(headers));
    String key =
        IdempotentPosts.idempotencyKey(idempotencyKey)
            .orElseGet(() -> UUID.randomUUID().toString());
    return idempotency.execute(
        body,
        () -> {
          ClaimDecisions.Outcome outcome = decisions.decide(actor, id, body, key);
          return outcome.finished()
              ? Response.ok(outcome.claim()).build()
              : Response.accepted(outcome.claim())
                  .location(URI.create("/v1/claims/" + outcome.claim().id()))
                  .build();
        });
  }
}
