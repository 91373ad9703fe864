package com.parceliq.api.audit;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.Paging;
import com.parceliq.store.AuditRecordEntity;
import jakarta.inject.Inject;
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
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(
    name = "Audit",
    description =
        "Who did what to the tenant's data: privileged changes and authorization decisions")
public class AuditResource {

  @Inject CallerContext caller;

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.AUDIT_RECORD)
  @Operation(
      summary = "List audit records, newest first",
      description =
          "Tenant admins only. Optionally of one action (e.g. purchase_label, refund), one"
              + " decision (allow or deny) and one resource id.")
  @APIResponse(
      responseCode = "200",
      description = "A page of audit records; has_more tells whether before_id finds older ones.",
      content = @Content(schema = @Schema(implementation = AuditRecordList.class)))
  @APIResponse(responseCode = "403", description = "The caller is not a tenant admin.")
  @APIResponse(
      responseCode = "422",
      description = "A malformed filter, or page_size or before_id out of range (field errors).")
  public AuditRecordList list(
      @RestQuery("action") String action,
      @RestQuery("decision") String decision,
      @RestQuery("resource_id") String resourceId,
      @RestQuery("page_size") String pageSize,
      @RestQuery("before_id") String beforeId) {
    String tenantId = caller.tenantId();
    Paging paging = Paging.parse(pageSize, beforeId);
    AuditFilter filter = AuditFilter.parse(action, decision, resourceId);
    List<AuditRecordEntity> fetched =
        AuditRecordEntity.pageForTenant(
            tenantId,
            filter.action(),
            filter.decision(),
            filter.resourceId(),
            paging.beforeId(),
            paging.fetchSize());
    return new AuditRecordList(
        paging.pageOf(fetched).stream().map(AuditRenderer::render).toList(),
        paging.hasMore(fetched));
  }
}
