package com.parceliq.api.invoices;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.IdPrefix;
import com.parceliq.store.TenantInvoiceEntity;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/invoices")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Invoices", description = "The tenant's monthly statements, newest month first")
public class InvoiceResource {

  @Inject CallerContext caller;
  @Inject StatementFiles files;

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.INVOICE)
  @Operation(summary = "List the tenant's monthly statements, newest month first")
  public InvoiceList list(
      @RestQuery("page_size") String pageSize, @RestQuery("before_id") String beforeId) {
    Paging paging = Paging.parse(pageSize, beforeId);
    List<TenantInvoiceEntity> fetched =
        TenantInvoiceEntity.pageForTenant(caller.tenantId(), paging.beforeId(), paging.fetchSize());
    return new InvoiceList(
        paging.pageOf(fetched).stream().map(InvoiceRenderer::render).toList(),
        paging.hasMore(fetched));
  }

  @GET
  @Path("/{id}")
  @RouteAction(value = Action.READ, resource = ResourceType.INVOICE, idParam = "id")
  @Operation(summary = "Show a monthly statement: balances and totals per ledger kind")
  @APIResponse(responseCode = "404", description = "No statement of this tenant with this id.")
  public InvoiceDto get(@RestPath String id) {
    return InvoiceRenderer.render(invoice(id));
  }

  @GET
  @Path("/{id}/csv")
  @Produces({"text/csv", MediaType.APPLICATION_JSON})
  @RouteAction(value = Action.EXPORT, resource = ResourceType.INVOICE, idParam = "id")
  @Operation(summary = "Download the statement's lines as CSV")
  @APIResponse(responseCode = "503", description = "The file store is down (Retry-After).")
  public Response csv(@RestPath String id) {
    TenantInvoiceEntity invoice = invoice(id);
    return file(invoice, invoice.csvBucket, invoice.csvKey, "text/csv", "csv");
  }

  @GET
  @Path("/{id}/pdf")
  @Produces({"application/pdf", MediaType.APPLICATION_JSON})
  @RouteAction(value = Action.EXPORT, resource = ResourceType.INVOICE, idParam = "id")
  @Operation(summary = "Download the statement as PDF")
  @APIResponse(responseCode = "503", description = "The file store is down (Retry-After).")
  public Response pdf(@RestPath String id) {
    TenantInvoiceEntity invoice = invoice(id);
    return file(invoice, invoice.pdfBucket, invoice.pdfKey, "application/pdf", "pdf");
  }

  private Response file(
      TenantInvoiceEntity invoice, String bucket, String key, String type, String extension) {
    return Response.ok(files.open(bucket, key), type)
        .header(
            "Content-Disposition",
            "attachment; filename=\"statement-%s-%s.%s\""
                .formatted(invoice.period, invoice.id, extension))
        .build();
  }

  private TenantInvoiceEntity invoice(String id) {
    if (!IdPrefix.INVOICE.matches(id) || id.length() > 64) {
      throw ApiException.notFound("invoice", id);
    }
    return TenantInvoiceEntity.findForTenant(caller.tenantId(), id)
        .orElseThrow(() -> ApiException.notFound("invoice", id));
  }
}
