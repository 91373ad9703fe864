package com.parceliq.api.webhooks;

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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/webhooks")
@Consumes(MediaType.APPLICATION_JSON)
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Webhooks",
    description =
        "Endpoints that receive the tenant's events, signed (docs/webhooks.md); deliveries are"
            + " retried for 72 hours, then dead-lettered and replayable")
public class WebhookResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject Webhooks webhooks;
  @Inject ReplayWorkflows replays;

  @POST
  @RouteAction(value = Action.MANAGE_WEBHOOKS, resource = ResourceType.WEBHOOK)
  @Operation(
      summary = "Register a webhook endpoint",
      description =
          "Every event of the tenant from now on is POSTed to the URL, signed with the secret"
              + " (X-ParcelIQ-Signature: v1=hex HMAC-SHA256(secret, timestamp + \".\" + body))."
              + " Without a secret one is generated; either way it is shown in this response"
              + " only.")
  @APIResponse(
      responseCode = "201",
      description = "The endpoint, with its secret",
      content = @Content(schema = @Schema(implementation = WebhookDto.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The URL is not https, resolves to a non-public address, or the secret is short")
  public Response create(@Valid WebhookBody body) {
    RequestBodies.require(body);
    String tenantId = caller.tenantId();
    return idempotency.execute(
        body,
        () ->
            Response.status(Response.Status.CREATED)
                .entity(webhooks.create(tenantId, body))
                .build());
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.WEBHOOK)
  @Operation(summary = "List the tenant's webhook endpoints, newest first")
  @APIResponse(
      responseCode = "200",
      description = "A page of endpoints, without secrets",
      content = @Content(schema = @Schema(implementation = WebhookList.class)))
  public WebhookList list(
      @RestQuery("page_size") String pageSize, @RestQuery("before_id") String beforeId) {
    return webhooks.list(caller.tenantId(), Paging.parse(pageSize, beforeId));
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.WEBHOOK, idParam = "id")
  @Path("/{id}")
  @Operation(summary = "Show a webhook endpoint, without its secret")
  @APIResponse(
      responseCode = "200",
      description = "The endpoint",
      content = @Content(schema = @Schema(implementation = WebhookDto.class)))
  @APIResponse(responseCode = "404", description = "No webhook with this id")
  public WebhookDto get(@RestPath String id) {
    return webhooks.get(caller.tenantId(), id);
  }

  @DELETE
  @RouteAction(value = Action.MANAGE_WEBHOOKS, resource = ResourceType.WEBHOOK, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Delete a webhook endpoint",
      description = "No new delivery goes to it, and its pending deliveries are cancelled.")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "404", description = "No webhook with this id")
  public Response delete(@RestPath String id) {
    webhooks.delete(caller.tenantId(), id);
    return Response.noContent().build();
  }

  @POST
  @RouteAction(value = Action.MANAGE_WEBHOOKS, resource = ResourceType.WEBHOOK, idParam = "id")
  @Path("/{id}/replay")
  @Operation(
      summary = "Deliver events again to this endpoint",
      description =
          "Either every event created since an instant ({\"since\": \"...\"}) or up to 1,000"
              + " named events ({\"event_ids\": [...]}), each as a new delivery with the same"
              + " event id and body. A disabled endpoint is enabled again and its count of"
              + " consecutive dead letters starts over.")
  @APIResponse(
      responseCode = "202",
      description = "The replay, running",
      content = @Content(schema = @Schema(implementation = ReplayDto.class)))
  @APIResponse(responseCode = "404", description = "No webhook with this id")
  @APIResponse(
      responseCode = "422",
      description = "Neither or both of since and event_ids, or an unknown event (event_ids[i])")
  public Response replay(@RestPath String id, @Valid ReplayBody body) {
    RequestBodies.require(body);
    String tenantId = caller.tenantId();
    return idempotency.execute(
        body,
        () -> {
          ReplayDto replay = webhooks.replay(tenantId, id, body);
          replays.start(tenantId, replay.id());
          return Response.accepted(replay).build();
        });
  }
}
