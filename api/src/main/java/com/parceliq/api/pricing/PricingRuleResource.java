package com.parceliq.api.pricing;

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
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/pricing_rules")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Pricing rules",
    description =
        "The tenant's markups and markdowns of carrier rates (tenant admin key only). When rating,"
            + " the most specific rule covering a rate's carrier and service prices it (carrier"
            + " and service, then carrier, then service, then any; ties to the oldest rule), and"
            + " the rate shows `rate` (the price), `list_rate` (the carrier's) and `pricing`.")
public class PricingRuleResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject PricingRules rules;

  @POST
  @RouteAction(value = Action.MANAGE_BILLING, resource = ResourceType.PRICING_RULE)
  @Operation(
      summary = "Create a pricing rule",
      description =
          "`type` percent adds `value` percent of the carrier's rate (rounded half up to the"
              + " cent), flat adds `value` USD; a negative `value` marks down. The price never"
              + " goes below `minimum_charge` nor below zero. Applies from the next rating on.")
  @APIResponse(
      responseCode = "201",
      description = "The rule, id prefix pr_.",
      content = @Content(schema = @Schema(implementation = PricingRuleDto.class)))
  @APIResponse(responseCode = "403", description = "Not a tenant admin key.")
  @APIResponse(responseCode = "422", description = "Invalid fields (field errors).")
  public Response create(@Valid PricingRuleBody body, @Context HttpHeaders headers) {
    Principal principal = caller.principal();
    String tenantId = caller.tenantId();
    RequestBodies.require(body);
    String requestId = RequestIds.requestId(headers);
    return idempotency.execute(
        body,
        () ->
            Response.status(Response.Status.CREATED)
                .entity(rules.create(tenantId, body, principal.id(), requestId))
                .build());
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.PRICING_RULE)
  @Operation(summary = "List the pricing rules in force, newest first")
  @APIResponse(
      responseCode = "200",
      description = "A page of rules; has_more tells whether before_id finds older ones.",
      content = @Content(schema = @Schema(implementation = PricingRuleList.class)))
  public PricingRuleList list(
      @RestQuery("page_size") String pageSize, @RestQuery("before_id") String beforeId) {
    String tenantId = caller.tenantId();
    return rules.list(tenantId, Paging.parse(pageSize, beforeId));
  }

  @DELETE
  @RouteAction(value = Action.MANAGE_BILLING, resource = ResourceType.PRICING_RULE, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Delete a pricing rule",
      description = "Rates already quoted keep their price; the next rating no longer uses it.")
  @APIResponse(responseCode = "204", description = "Deleted.")
  @APIResponse(responseCode = "404", description = "No rule with this id for this tenant.")
  public Response delete(@RestPath String id, @Context HttpHeaders headers) {
    Principal principal = caller.principal();
    String tenantId = caller.tenantId();
    rules.delete(tenantId, id, principal.id(), RequestIds.requestId(headers));
    return Response.noContent().build();
  }
}
