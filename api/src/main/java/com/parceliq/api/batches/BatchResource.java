package com.parceliq.api.batches;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/batches")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Batches", description = "Buy up to 10,000 shipments at once")
public class BatchResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject BatchCommands commands;

  @POST
  @RouteAction(value = Action.BATCH_PURCHASE, resource = ResourceType.BATCH)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a batch",
      description =
          "At most 10,000 shipments of the tenant, each in no other batch (else 422 naming each"
              + " offending shipment). The batch is created.")
  @APIResponse(
      responseCode = "201",
      description = "The batch",
      content = @Content(schema = @Schema(implementation = BatchDto.class)))
  public Response create(@Valid BatchBody body) {
    RequestBodies.require(body);
    String tenantId = caller.tenantId();
    return idempotency.execute(
        body,
        () -> {
          BatchDto batch = commands.create(tenantId, body);
          return Response.created(URI.create("/v1/batches/" + batch.id())).entity(batch).build();
        });
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.BATCH)
  @Operation(summary = "List batches, newest first (counts only, no shipment lists)")
  public BatchList list(
      @RestQuery("page_size") String pageSize, @RestQuery("before_id") String beforeId) {
    return commands.list(caller.tenantId(), Paging.parse(pageSize, beforeId));
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.BATCH, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Show a batch",
      description =
          "State, counts per shipment status (live while purchasing) and each shipment's own"
              + " status and error.")
  @APIResponse(responseCode = "404", description = "No batch with this id")
  public BatchDto get(@RestPath String id) {
    return commands.view(caller.tenantId(), id);
  }

  @POST
  @RouteAction(value = Action.BATCH_PURCHASE, resource = ResourceType.BATCH, idParam = "id")
  @Path("/{id}/add_shipments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Add shipments (not while purchasing or generating the label)")
  @APIResponse(responseCode = "409", description = "The batch is busy")
  public Response addShipments(@RestPath String id, BatchShipmentsBody body) {
    RequestBodies.require(body);
    String tenantId = caller.tenantId();
    return idempotency.execute(body, () -> Response.ok(commands.add(tenantId, id, body)).build());
  }

  @POST
  @RouteAction(value = Action.BATCH_PURCHASE, resource = ResourceType.BATCH, idParam = "id")
  @Path("/{id}/remove_shipments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Remove shipments (not while purchasing or generating the label)")
  @APIResponse(responseCode = "409", description = "The batch is busy")
  public Response removeShipments(@RestPath String id, BatchShipmentsBody body) {
    RequestBodies.require(body);
    String tenantId = caller.tenantId();
    return idempotency.execute(
        body, () -> Response.ok(commands.remove(tenantId, id, body)).build());
  }

  @POST
  @RouteAction(value = Action.BATCH_PURCHASE, resource = ResourceType.BATCH, idParam = "id")
  @Path("/{id}/buy")
  @Operation(
      summary = "Buy every queued shipment of the batch",
      description =
          "Starts the batch purchase and answers at once with the batch purchasing; poll it for"
              + " progress. Each shipment is bought at its cheapest rate (restricted to carrier"
              + " and service when the query names them) through its own purchase, so a shipment bought"
              + " meanwhile on its own is not bought twice. A purchase_failed batch can be bought"
              + " again: its failed shipments are retried.")
  @APIResponse(
      responseCode = "200",
      description = "The batch, purchasing",
      content = @Content(schema = @Schema(implementation = BatchDto.class)))
  @APIResponse(responseCode = "409", description = "Nothing to buy, or the batch is busy")
  public Response buy(
      @RestPath String id,
      @RestQuery("carrier") String carrier,
      @RestQuery("service") String service) {
    String tenantId = caller.tenantId();
    BatchRateChoice choice = new BatchRateChoice(carrier, service);
    return idempotency.execute(
        choice, () -> Response.ok(commands.buy(tenantId, id, choice)).build());
  }

  @POST
  @RouteAction(value = Action.EXPORT, resource = ResourceType.BATCH, idParam = "id")
  @Path("/{id}/label")
  @Operation(
      summary = "Generate the batch label",
      description =
          "One document of every purchased shipment's label, in batch order: file_format PDF"
              + " (the default; PNG and PDF labels become pages) or ZPL (labels concatenated for"
              + " thermal printers; every label must be ZPL). The batch is label_generating, then"
              + " label_generated with label_url; a refusal returns it to its former state with"
              + " last_error_code.")
  @APIResponse(responseCode = "409", description = "Nothing bought yet, or the batch is busy")
  @APIResponse(responseCode = "422", description = "file_format is neither PDF nor ZPL")
  public Response label(@RestPath String id, @RestQuery("file_format") String fileFormat) {
    String tenantId = caller.tenantId();
    String format = LabelFileFormats.parse(fileFormat);
    return idempotency.execute(
        format, () -> Response.ok(commands.label(tenantId, id, format)).build());
  }

  @POST
  @RouteAction(value = Action.CREATE_MANIFEST, resource = ResourceType.BATCH, idParam = "id")
  @Path("/{id}/scan_form")
  @Operation(
      summary = "Create the scan form of the batch's purchased shipments",
      description =
          "As POST /v1/scan_forms with the batch's purchased shipments; the batch shows its id"
              + " under scan_form. Made once per batch.")
  @APIResponse(responseCode = "422", description = "Shipments the carrier's manifest refuses")
  public Response scanForm(@RestPath String id) {
    String tenantId = caller.tenantId();
    return idempotency.execute(null, () -> Response.ok(commands.scanForm(tenantId, id)).build());
  }

  @POST
  @RouteAction(value = Action.BATCH_PURCHASE, resource = ResourceType.BATCH, idParam = "id")
  @Path("/{id}/cancel")
  @Operation(
      summary = "Stop a batch purchase",
      description =
          "No new purchase starts; those in flight finish and stay bought; the shipments not"
              + " bought fail with BATCH.CANCELLED and can be bought again later.")
  @APIResponse(responseCode = "409", description = "The batch is not purchasing")
  public Response cancel(@RestPath String id) {
    String tenantId = caller.tenantId();
    return idempotency.execute(null, () -> Response.ok(commands.cancel(tenantId, id)).build());
  }
}
