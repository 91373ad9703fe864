package com.parceliq.api.apikeys;

import com.parceliq.api.auth.CallerContext;
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

@Path("/v1/api_keys")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "API keys",
    description =
        "The tenant's API keys (tenant admin): created with a role, shown once, revoked at once")
public class ApiKeyResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject TenantApiKeys keys;

  @POST
  @RouteAction(value = Action.MANAGE_API_KEYS, resource = ResourceType.API_KEY)
  @Operation(
      summary = "Create an API key (tenant admin)",
      description =
          "The key (piq_ and 64 hex digits) is in this response only; ParcelIQ keeps its SHA-256."
              + " Audited as create_api_key.")
  @APIResponse(
      responseCode = "201",
      description = "The key, with its secret",
      content = @Content(schema = @Schema(implementation = ApiKeyDto.class)))
  @APIResponse(responseCode = "422", description = "Unknown role or invalid rate")
  public Response create(@Valid ApiKeyBody body, @Context HttpHeaders headers) {
    RequestBodies.require(body);
    TenantApiKeys.Actor actor = actor(headers);
    return idempotency.execute(
        body,
        () -> Response.status(Response.Status.CREATED).entity(keys.create(actor, body)).build());
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.API_KEY)
  @Operation(summary = "List the tenant's API keys, newest first, revoked ones included")
  @APIResponse(
      responseCode = "200",
      description = "A page of keys, without secrets",
      content = @Content(schema = @Schema(implementation = ApiKeyList.class)))
  public ApiKeyList list(
      @RestQuery("page_size") String pageSize,
      @RestQuery("before_id") String beforeId,
      @Context HttpHeaders headers) {
    return keys.list(actor(headers).tenantId(), Paging.parse(pageSize, beforeId));
  }

  @GET
  @Path("/{id}")
  @RouteAction(value = Action.READ, resource = ResourceType.API_KEY, idParam = "id")
  @Operation(summary = "Show an API key, without its secret")
  @APIResponse(
      responseCode = "200",
      description = "The key",
      content = @Content(schema = @Schema(implementation = ApiKeyDto.class)))
  @APIResponse(responseCode = "404", description = "No key with this id in the tenant")
  public ApiKeyDto get(@RestPath String id, @Context HttpHeaders headers) {
    return keys.get(actor(headers).tenantId(), id);
  }

  @DELETE
  @Path("/{id}")
  @RouteAction(value = Action.MANAGE_API_KEYS, resource = ResourceType.API_KEY, idParam = "id")
  @Operation(
      summary = "Revoke an API key (tenant admin)",
      description =
          "Requests with it are refused (401) from now on; revoking a revoked key is a no-op."
              + " Audited as revoke_api_key.")
  @APIResponse(responseCode = "204", description = "Revoked")
  @APIResponse(responseCode = "404", description = "No key with this id in the tenant")
  @APIResponse(
      responseCode = "409",
      description = "The tenant's last active admin key (API_KEY.LAST_ADMIN)")
  public Response revoke(@RestPath String id, @Context HttpHeaders headers) {
    keys.revoke(actor(headers), id);
    return Response.noContent().build();
  }

  private TenantApiKeys.Actor actor(HttpHeaders headers) {
    return new TenantApiKeys.Actor(
        caller.tenantId(), caller.principal().id(), RequestIds.requestId(headers));
  }
}
