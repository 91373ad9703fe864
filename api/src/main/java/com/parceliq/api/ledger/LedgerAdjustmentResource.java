package com.parceliq.api.ledger;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.http.RequestIds;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;

@Path("/v1/ledger/adjustments")
@PlatformAdminRoute
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The tenant's double-entry ledger, newest first")
public class LedgerAdjustmentResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject AdjustmentCommands adjustments;

  @POST
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.LEDGER)
  @Operation(
      summary = "Correct a tenant's wallet by hand (platform admin)",
      description =
          "Platform admin key only. Posts one ledger entry of kind `adjustment` against the"
              + " `adjustments` account: a positive `amount` credits the tenant's wallet, a"
              + " negative one debits it. A debit never takes the available balance below zero:"
              + " it is refused with 402 WALLET.INSUFFICIENT_FUNDS, and the operator can see why"
              + " in GET /v1/wallet. `reason` is required. Every adjustment is written to the"
              + " audit log (action `adjust_ledger`). With an Idempotency-Key a retry never posts"
              + " twice. Answers 201 with the ledger entry, as GET /v1/ledger shows it; 404 for"
              + " an unknown tenant.")
  public Response adjust(
      @Valid AdjustmentBody body,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey,
      @Context HttpHeaders headers) {
    RequestBodies.require(body);
    String key = IdempotentPosts.idempotencyKey(idempotencyKey).orElse(null);
    String actor = caller.principal().id();
    String requestId = RequestIds.requestId(headers);
    return idempotency.execute(
        body,
        () ->
            Response.status(Response.Status.CREATED)
                .entity(adjustments.adjust(body, key, actor, requestId))
                .build());
  }
}
