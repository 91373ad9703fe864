package com.parceliq.api.ops.shipments;

import com.parceliq.api.auth.PlatformAdminRoute;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/ops/stuck")
@PlatformAdminRoute
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Operations", description = "Platform admin: operator actions")
public class StuckShipmentResource {

  private static final int MAX_TENANT_ID = 64;

  @Inject StuckShipments stuck;

  @GET
  @RouteAction(value = Action.OPERATE_PLATFORM, resource = ResourceType.PLATFORM)
  @Operation(
      summary = "List parked shipments of every tenant (platform admin)",
      description =
          "Shipments waiting for an operator's decision (needs_attention), newest first, of"
              + " tenant_id only when given: why each parked and its workflow id for the Temporal"
              + " Web UI. Resolve one with POST /v1/ops/shipments/{id}/decision.")
  @APIResponse(
      responseCode = "200",
      description = "A page of parked shipments.",
      content = @Content(schema = @Schema(implementation = StuckShipmentList.class)))
  @APIResponse(responseCode = "422", description = "Invalid page_size, before_id or tenant_id.")
  public StuckShipmentList list(
      @RestQuery("tenant_id") String tenantId,
      @RestQuery("page_size") String pageSize,
      @RestQuery("before_id") String beforeId) {
    return stuck.page(tenant(tenantId), Paging.parse(pageSize, beforeId));
  }

  /** An unknown tenant simply has no parked shipment; only a malformed value is refused. */
  private static String tenant(String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    if (raw.strip().length() > MAX_TENANT_ID) {
      throw ApiException.invalidField("tenant_id", "must be a tenant id");
    }
    return raw.strip();
  }
}
