package com.parceliq.api.ledger;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.Paging;
import com.parceliq.store.LedgerPostingEntity;
import com.parceliq.store.LedgerTransactionEntity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/ledger")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Ledger", description = "The tenant's double-entry ledger, newest first")
public class LedgerResource {

  @Inject CallerContext caller;

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.LEDGER)
  @Operation(
      summary = "List ledger entries with their postings, optionally of one shipment or one pickup")
  public LedgerEntryList list(
      @RestQuery("shipment_id") String shipmentId,
      @RestQuery("pickup_id") String pickupId,
      @RestQuery("page_size") String pageSize,
      @RestQuery("before_id") String beforeId) {
    String tenantId = caller.tenantId();
    Paging paging = Paging.parse(pageSize, beforeId);
    String shipment = shipmentId == null || shipmentId.isBlank() ? null : shipmentId.strip();
    String pickup = pickupId == null || pickupId.isBlank() ? null : pickupId.strip();
    List<LedgerTransactionEntity> fetched =
        LedgerTransactionEntity.pageForTenant(
            tenantId, shipment, pickup, paging.beforeId(), paging.fetchSize());
    List<LedgerTransactionEntity> page = paging.pageOf(fetched);
    List<LedgerPostingEntity> postings =
        page.isEmpty()
            ? List.of()
            : LedgerPostingEntity.forTransactions(
                tenantId, page.stream().map(entry -> entry.id).toList());
    return new LedgerEntryList(LedgerRenderer.render(page, postings), paging.hasMore(fetched));
  }
}
