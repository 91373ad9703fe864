package com.parceliq.api.reconciliation;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.Paging;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reconciliation", description = "Carrier invoices checked against the labels bought")
public class ReconciliationResource {

  static final String CSV = "text/csv";

  @Inject CallerContext caller;
  @Inject ReconciliationCommands commands;
  @Inject ReconciliationReads reads;
  @Inject ReconciliationReports reports;

  @POST
  @RouteAction(value = Action.RUN_RECONCILIATION, resource = ResourceType.RECONCILIATION)
  @Consumes({CSV, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Reconcile a carrier invoice",
      description =
          "Either the invoice itself (Content-Type text/csv, up to"
              + " parceliq.reconciliation.max-upload-size, streamed to S3; ?carrier= optional) or"
              + " {\"s3_key\", \"carrier\"?} naming an object of your inbox"
              + " (inbox/<carrier>/<tenant id>/...). Starts a run that parses the file, classifies"
              + " every billed label, posts each difference to the ledger once and writes a report"
              + " (docs/reconciliation.md). Poll Location. Keyed by Idempotency-Key (the CSV's"
              + " fingerprint is its SHA-256).")
  @APIResponse(
      responseCode = "201",
      description = "The run has started (status pending).",
      headers = @Header(name = "Location", description = "The run."),
      content = @Content(schema = @Schema(implementation = ReconciliationRunDto.class)))
  @APIResponse(
      responseCode = "413",
      description = "The CSV is larger than parceliq.reconciliation.max-upload-size.")
  @APIResponse(
      responseCode = "422",
      description =
          "RECONCILIATION.INVALID_FILE (unknown header row, or not the named carrier's format),"
              + " or invalid fields: carrier, s3_key (not in your inbox, or no such object).")
  public Response start(
      InputStream body,
      @RestHeader("Content-Type") String contentType,
      @RestQuery("carrier") String carrier,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    String tenantId = caller.tenantId();
    if (contentType != null && contentType.toLowerCase().startsWith(CSV)) {
      return commands.upload(tenantId, carrier, idempotencyKey, body);
    }
    return commands.fromKey(tenantId, idempotencyKey, body);
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.RECONCILIATION)
  @Operation(summary = "List reconciliation runs, newest first")
  public ReconciliationRunList list(
      @RestQuery("page_size") String pageSize, @RestQuery("before_id") String beforeId) {
    return reads.list(caller.tenantId(), Paging.parse(pageSize, beforeId));
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.RECONCILIATION, idParam = "id")
  @Path("/{id}")
  @Operation(
      summary = "Show a reconciliation run",
      description =
          "Status (pending, parsing, classifying, reporting, completed, failed), progress while it"
              + " runs, and once classified the summary per classification and the totals.")
  @APIResponse(
      responseCode = "200",
      description = "The run.",
      content = @Content(schema = @Schema(implementation = ReconciliationRunDto.class)))
  @APIResponse(responseCode = "404", description = "No run of yours with this id.")
  public ReconciliationRunDto get(@RestPath String id) {
    return reads.view(caller.tenantId(), id);
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.RECONCILIATION, idParam = "id")
  @Path("/{id}/report")
  @Produces({CSV, MediaType.APPLICATION_JSON})
  @Operation(
      summary = "Download a completed run's report (CSV)",
      description =
          "One row per tracking code: tracking_code, shipment_id, classification, lines, billed,"
              + " expected, difference, posted, ledger_entry_id, note; ordered by tracking code.")
  @APIResponse(
      responseCode = "200",
      description = "The report.",
      content = @Content(mediaType = CSV))
  @APIResponse(responseCode = "404", description = "No run of yours with this id.")
  @APIResponse(
      responseCode = "409",
      description = "RECONCILIATION.NOT_READY: the run has not completed (or failed).")
  public Response report(@RestPath String id) {
    ReconciliationRunDto run = reads.view(caller.tenantId(), id);
    return Response.ok(reports.open(run), CSV)
        .header("Content-Disposition", "attachment; filename=\"" + run.id() + ".csv\"")
        .build();
  }
}
