package com.parceliq.api.events;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.store.EventEntity;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Events",
    description = "Every domain event of the tenant (shipment.created, shipment.purchased, ...)")
public class EventResource {

  @Inject CallerContext caller;

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.EVENT)
  @Operation(
      summary = "List events, newest first",
      description = "Optionally of one type (e.g. shipment.purchased) and of one shipment.")
  @APIResponse(
      responseCode = "200",
      description = "A page of events; has_more tells whether before_id finds older ones.",
      content = @Content(schema = @Schema(implementation = EventList.class)))
  @APIResponse(
      responseCode = "422",
      description = "An unknown type, or page_size or before_id out of range (field errors).")
  public EventList list(
      @RestQuery("type") String type,
      @RestQuery("shipment_id") String shipmentId,
      @RestQuery("page_size") String pageSize,
      @RestQuery("before_id") String beforeId) {
    String tenantId = caller.tenantId();
    Paging paging = Paging.parse(pageSize, beforeId);
    EventFilter filter = EventFilter.parse(type, shipmentId);
    List<EventEntity> fetched =
        EventEntity.pageForTenant(
            tenantId, filter.type(), filter.shipmentId(), paging.beforeId(), paging.fetchSize());
    return new EventList(
        paging.pageOf(fetched).stream().map(EventRenderer::render).toList(),
        paging.hasMore(fetched));
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.EVENT, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Show an event",
      description = "With its webhook deliveries, first and replayed, and each one's attempts.")
  @APIResponse(
      responseCode = "200",
      description = "The event, with the data it was emitted with.",
      content = @Content(schema = @Schema(implementation = EventDto.class)))
  @APIResponse(responseCode = "404", description = "No event with this id for this tenant.")
  @Transactional
  public EventDto get(@RestPath String id) {
    return EventEntity.findForTenant(caller.tenantId(), id)
        .map(event -> EventRenderer.render(event, EventDeliveries.of(event)))
        .orElseThrow(() -> ApiException.notFound("event", id));
  }
}
