package com.parceliq.api.shipments;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.Flags;
import com.parceliq.api.http.Paging;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/shipments")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Shipments",
    description = "Create, rate and buy labels for shipments; void or reroute them")
public class ShipmentResource {

  private static final String STILL_RUNNING =
      "Not finished within the wait (parceliq.api.update-wait, 10 s by default): the shipment as it"
          + " is now, and the operation carries on. Poll Location, or retry with the same"
          + " Idempotency-Key to get its result (202 again while it runs).";

  private static final String CONFLICT =
      "The shipment's state does not allow it (SHIPMENT.INVALID_STATE), or it is archived and"
          + " read-only (SHIPMENT.ARCHIVED).";

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject ShipmentCommands commands;
  @Inject ShipmentReads reads;

  @POST
  @RouteAction(value = Action.CREATE_SHIPMENT, resource = ResourceType.SHIPMENT)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create a shipment", description = "Starts the shipment's workflow.")
  public Response create(@Valid CreateShipmentRequest request) {
    RequestBodies.require(request);
    String tenantId = caller.tenantId();
    return idempotency.execute(
        request,
        () -> {
          ShipmentDto shipment = commands.create(tenantId, request);
          return Response.created(URI.create("/v1/shipments/" + shipment.id()))
              .entity(shipment)
              .build();
        });
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.SHIPMENT)
  @Operation(
      summary = "List shipments, newest first",
      description =
          "Hot shipments only, unless include_archived=true: then archived shipments (read back"
              + " from the archive, \"archived\": true) are listed among them by id. 503"
              + " ARCHIVE.UNAVAILABLE (Retry-After) when the archive cannot be read.")
  public ShipmentList list(
      @RestQuery("page_size") String pageSize,
      @RestQuery("before_id") String beforeId,
      @RestQuery("include_archived")
          @Parameter(description = "true to list archived shipments too", example = "true")
          String includeArchived) {
    Paging paging = Paging.parse(pageSize, beforeId);
    return Flags.parse("include_archived", includeArchived)
        ? reads.listWithArchived(caller.tenantId(), paging)
        : reads.list(caller.tenantId(), paging);
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.SHIPMENT, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Show a shipment",
      description =
          "An archived shipment is read back from the archive, the same shape with \"archived\":"
              + " true; 503 ARCHIVE.UNAVAILABLE (Retry-After) when the archive cannot be read.")
  @APIResponse(
      responseCode = "200",
      description = "The shipment.",
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(responseCode = "404", description = "No shipment with this id for this tenant.")
  @APIResponse(
      responseCode = "503",
      description = "The shipment is archived and the archive is unreadable right now.")
  public ShipmentDto get(@RestPath String id) {
    return reads.view(caller.tenantId(), id);
  }

  @POST
  @RouteAction(value = Action.RATE_SHIPMENT, resource = ResourceType.SHIPMENT, idParam = "id")
  @Path("/{id}/rates")
  @Operation(
      summary = "Quote the shipment with every enabled carrier",
      description = "The shipment becomes rated.")
  @APIResponse(responseCode = "409", description = CONFLICT)
  public Response rate(@RestPath String id) {
    String tenantId = caller.tenantId();
    return idempotency.execute(null, () -> Response.ok(commands.rate(tenantId, id)).build());
  }

  @POST
  @RouteAction(value = Action.PURCHASE_LABEL, resource = ResourceType.SHIPMENT, idParam = "id")
  @Path("/{id}/buy")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Buy the label of one rate",
      description =
          "Holds the rate's price in the wallet, buys the label from the carrier, stores it and"
              + " settles the hold against the carrier's actual charge. The purchase is"
              + " keyed by Idempotency-Key: a retry with the same key never buys twice, and"
              + " re-attaches to a purchase still running.")
  @APIResponse(
      responseCode = "200",
      description = "The label is bought: the shipment is purchased.",
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(
      responseCode = "202",
      description = STILL_RUNNING,
      headers = @Header(name = "Location", description = "The shipment to poll."),
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(responseCode = "409", description = CONFLICT)
  public Response buy(
      @RestPath String id,
      @Valid BuyRequest request,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    RequestBodies.require(request);
    String tenantId = caller.tenantId();
    String key = operationKey(idempotencyKey);
    return idempotency.execute(
        request, () -> commands.buy(tenantId, id, request.rateId().strip(), key).toResponse());
  }

  @POST
  @RouteAction(value = Action.VOID_LABEL, resource = ResourceType.SHIPMENT, idParam = "id")
  @Path("/{id}/void")
  @Operation(
      summary = "Void the shipment's label",
      description =
          "Asks the carrier to void a purchased label. refund_status becomes refunded (the wallet"
              + " is credited), submitted (credited once the carrier confirms; the shipment is"
              + " voided) or rejected (the label stands, nothing is credited). A repeated void"
              + " changes nothing.")
  @APIResponse(
      responseCode = "200",
      description = "The void is done; refund_status tells the carrier's answer.",
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(
      responseCode = "202",
      description = STILL_RUNNING,
      headers = @Header(name = "Location", description = "The shipment to poll."),
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(responseCode = "409", description = CONFLICT)
  public Response voidLabel(
      @RestPath String id, @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    String tenantId = caller.tenantId();
    String key = operationKey(idempotencyKey);
    return idempotency.execute(null, () -> commands.voidLabel(tenantId, id, key).toResponse());
  }

  @POST
  @RouteAction(value = Action.REROUTE_SHIPMENT, resource = ResourceType.SHIPMENT, idParam = "id")
  @Path("/{id}/reroute")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Reroute the parcel to a new address",
      description =
          "Asks the carrier to intercept a purchased or in-transit parcel and deliver it to"
              + " to_address. The carrier's reroute fee is charged to the wallet and listed in"
              + " fees; the shipment becomes rerouted. A carrier that cannot intercept the parcel"
              + " answers 422 CARRIER.REJECTED and nothing changes. Keyed by Idempotency-Key: a"
              + " retry with the same key never pays the fee twice.")
  @APIResponse(
      responseCode = "200",
      description = "The carrier rerouted the parcel: the new to_address and the fee.",
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(
      responseCode = "202",
      description = STILL_RUNNING,
      headers = @Header(name = "Location", description = "The shipment to poll."),
      content = @Content(schema = @Schema(implementation = ShipmentDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "The shipment is not purchased or in transit (SHIPMENT.INVALID_STATE), or it is"
              + " archived and read-only (SHIPMENT.ARCHIVED).")
  @APIResponse(
      responseCode = "422",
      description =
          "to_address is invalid (field errors), or the carrier refused to intercept the parcel"
              + " (CARRIER.REJECTED, with the carrier's message).")
  public Response reroute(
      @RestPath String id,
      @Valid RerouteRequest request,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    RequestBodies.require(request);
    String tenantId = caller.tenantId();
    String key = operationKey(idempotencyKey);
    return idempotency.execute(
        request, () -> commands.reroute(tenantId, id, request, key).toResponse());
  }

  /** The client's key, or a fresh one: the workflow update id needs a key either way. */
  private static String operationKey(String idempotencyKeyHeader) {
    return IdempotentPosts.idempotencyKey(idempotencyKeyHeader)
        .orElseGet(() -> UUID.randomUUID().toString());
  }
}
