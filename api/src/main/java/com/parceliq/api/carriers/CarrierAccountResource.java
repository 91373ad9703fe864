package com.parceliq.api.carriers;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.Paging;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.http.RequestIds;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
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
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/carrier_accounts")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Carrier accounts",
    description = "The tenant's own carrier contracts (UPS, FedEx, USPS); rated with the sandbox")
public class CarrierAccountResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject CarrierAccounts accounts;

  @POST
  @RouteAction(value = Action.MANAGE_CARRIERS, resource = ResourceType.CARRIER_ACCOUNT)
  @Operation(
      summary = "Add a carrier account (tenant admin)",
      description =
          "The credentials are checked against what the carrier needs (missing or unknown fields"
              + " are 422), encrypted at rest and never returned. From then on rating asks this"
              + " account as well as the platform's sandbox. Audited as create_carrier_account.")
  @APIResponse(
      responseCode = "201",
      description = "The account, with the names of its credentials",
      content = @Content(schema = @Schema(implementation = CarrierAccountDto.class)))
  @APIResponse(responseCode = "403", description = "Not a tenant admin key")
  @APIResponse(responseCode = "422", description = "Unknown carrier or unfit credentials")
  public Response create(
      @Valid CarrierAccountBody body,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey,
      @Context HttpHeaders headers) {
    RequestBodies.require(body);
    CarrierAccounts.Actor actor = adminActor(headers);
    return idempotency.execute(
        body,
        () ->
            Response.status(Response.Status.CREATED).entity(accounts.create(body, actor)).build());
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.CARRIER_ACCOUNT)
  @Operation(summary = "List the tenant's active carrier accounts, newest first")
  @APIResponse(
      responseCode = "200",
      description = "A page of accounts, without credentials",
      content = @Content(schema = @Schema(implementation = CarrierAccountList.class)))
  public CarrierAccountList list(
      @RestQuery("page_size") String pageSize, @RestQuery("before_id") String beforeId) {
    return accounts.list(caller.tenantId(), Paging.parse(pageSize, beforeId));
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.CARRIER_ACCOUNT, idParam = "id")
  @Path("/{id}")
  @Operation(summary = "Show a carrier account, without its credentials")
  @APIResponse(
      responseCode = "200",
      description = "The account",
      content = @Content(schema = @Schema(implementation = CarrierAccountDto.class)))
  @APIResponse(responseCode = "404", description = "No active account with this id")
  public CarrierAccountDto get(@RestPath String id) {
    return accounts.get(caller.tenantId(), id);
  }

  @DELETE
  @RouteAction(
      value = Action.MANAGE_CARRIERS,
      resource = ResourceType.CARRIER_ACCOUNT,
      idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Delete a carrier account (tenant admin)",
      description =
          "Rating and buying stop using it at once; labels already bought on it can still be"
              + " voided. Audited as delete_carrier_account.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No active account with this id")
  public Response delete(@RestPath String id, @Context HttpHeaders headers) {
    accounts.delete(id, adminActor(headers));
    return Response.noContent().build();
  }

  private CarrierAccounts.Actor adminActor(HttpHeaders headers) {
    // Who may manage carrier accounts is the policy decision point's (manage_carriers).
    Principal principal = caller.principal();
    return new CarrierAccounts.Actor(
        caller.tenantId(), principal.id(), RequestIds.requestId(headers));
  }
}
