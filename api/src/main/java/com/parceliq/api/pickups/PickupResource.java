package com.parceliq.api.pickups;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.http.RequestIds;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/pickups")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Pickups", description = "Have a carrier collect purchased labels at an address")
public class PickupResource {

  private static final String STILL_RUNNING =
      "Not finished within the wait (parceliq.api.update-wait): the pickup as it is now, and the"
          + " operation carries on. Poll Location, or retry with the same Idempotency-Key.";

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject PickupCommands commands;
  @Inject PickupReads reads;

  @POST
  @RouteAction(value = Action.SCHEDULE_PICKUP, resource = ResourceType.PICKUP)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a pickup and get its rates",
      description =
          "Purchased shipments of one carrier account (named, or every shipment of batch_id) to be"
              + " collected at address between min_datetime and max_datetime. Starts the pickup's"
              + " workflow, which asks the carrier for its pickup services: the pickup is"
              + " created with status unknown and its pickup_rates.")
  @APIResponse(
      responseCode = "201",
      description = "The pickup with its rates.",
      content = @Content(schema = @Schema(implementation = PickupDto.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Invalid fields: the window, unknown or unpurchased shipments (field shipments[i]), an"
              + " unknown batch, labels of several carriers or of a carrier without pickups.")
  public Response create(@Valid CreatePickupRequest request) {
    RequestBodies.require(request);
    String tenantId = caller.tenantId();
    return idempotency.execute(
        request,
        () -> {
          PickupDto pickup = commands.create(tenantId, request);
          return Response.created(URI.create("/v1/pickups/" + pickup.id())).entity(pickup).build();
        });
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.PICKUP, idParam = "id")
  @Path("/{id}")
  @Operation(summary = "Show a pickup")
  public PickupDto get(@RestPath String id) {
    return reads.view(caller.tenantId(), id);
  }

  @POST
  @RouteAction(value = Action.SCHEDULE_PICKUP, resource = ResourceType.PICKUP, idParam = "id")
  @Path("/{id}/buy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Buy one of the pickup's rates",
      description =
          "Holds the rate's fee in the wallet, schedules the pickup with the carrier and settles"
              + " the hold against the fee the carrier confirmed: status scheduled, with the"
              + " confirmation. A short wallet answers 402 and nothing is scheduled. Emits"
              + " pickup.scheduled. Keyed by Idempotency-Key; audited as buy_pickup.")
  @APIResponse(
      responseCode = "200",
      description = "Scheduled.",
      content = @Content(schema = @Schema(implementation = PickupDto.class)))
  @APIResponse(
      responseCode = "202",
      description = STILL_RUNNING,
      headers = @Header(name = "Location", description = "The pickup to poll."),
      content = @Content(schema = @Schema(implementation = PickupDto.class)))
  @APIResponse(responseCode = "402", description = "WALLET.INSUFFICIENT_FUNDS")
  @APIResponse(
      responseCode = "409",
      description = "PICKUP.INVALID_STATE: already bought, canceled, or its window has passed.")
  @APIResponse(
      responseCode = "422",
      description = "RATE.NOT_FOUND (no such carrier and service) or CARRIER.REJECTED.")
  public Response buy(
      @RestPath String id,
      @Valid BuyPickupRequest request,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey,
      @Context HttpHeaders headers) {
    RequestBodies.require(request);
    PickupCommands.Actor actor = actor(headers);
    String key = operationKey(idempotencyKey);
    return idempotency.execute(request, () -> commands.buy(actor, id, request, key).toResponse());
  }

  @POST
  @RouteAction(value = Action.SCHEDULE_PICKUP, resource = ResourceType.PICKUP, idParam = "id")
  @Path("/{id}/cancel")
  @Operation(
      summary = "Cancel the pickup",
      description =
          "Cancels a scheduled pickup with the carrier and refunds its fee to the wallet (a pickup"
              + " not yet bought is just canceled). Keyed by Idempotency-Key; audited as"
              + " cancel_pickup.")
  @APIResponse(
      responseCode = "200",
      description = "Canceled.",
      content = @Content(schema = @Schema(implementation = PickupDto.class)))
  @APIResponse(
      responseCode = "202",
      description = STILL_RUNNING,
      headers = @Header(name = "Location", description = "The pickup to poll."),
      content = @Content(schema = @Schema(implementation = PickupDto.class)))
  @APIResponse(responseCode = "409", description = "PICKUP.INVALID_STATE: already canceled.")
  @APIResponse(responseCode = "422", description = "CARRIER.REJECTED: the carrier refused.")
  public Response cancel(
      @RestPath String id,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey,
      @Context HttpHeaders headers) {
    PickupCommands.Actor actor = actor(headers);
    String key = operationKey(idempotencyKey);
    return idempotency.execute(null, () -> commands.cancel(actor, id, key).toResponse());
  }

  private PickupCommands.Actor actor(HttpHeaders headers) {
    Principal principal = caller.principal();
    return new PickupCommands.Actor(
        caller.tenantId(), principal.id(), RequestIds.requestId(headers));
  }

  /** The client's key, or a fresh one: the workflow update id needs a key either way. */
  private static String operationKey(String idempotencyKeyHeader) {
    return IdempotentPosts.idempotencyKey(idempotencyKeyHeader)
        .orElseGet(() -> UUID.randomUUID().toString());
  }
}
