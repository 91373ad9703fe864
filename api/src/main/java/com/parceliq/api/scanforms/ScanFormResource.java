package com.parceliq.api.scanforms;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;

@Path("/v1/scan_forms")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Scan forms", description = "Manifest purchased labels for hand-over to the carrier")
public class ScanFormResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject ScanForms scanForms;
  @Inject ScanFormReads reads;

  @POST
  @RouteAction(value = Action.CREATE_MANIFEST, resource = ResourceType.SCAN_FORM)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a scan form (manifest)",
      description =
          "Asks the shipments' carrier for one manifest of their labels (a USPS SCAN form, the"
              + " sandbox carrier's manifest) and stores its printable form. Every shipment must be"
              + " yours, purchased (not voided), bought from the same carrier account, shipped"
              + " from the same address, and on no other scan form. Keyed by Idempotency-Key: a"
              + " retry with the same key returns the same scan form.")
  @APIResponse(
      responseCode = "201",
      description = "The scan form is created; form_url links to the form for an hour.",
      content = @Content(schema = @Schema(implementation = ScanFormDto.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "Invalid input (REQUEST.INVALID), shipments that cannot go on a scan form"
              + " (SCAN_FORM.INVALID_SHIPMENTS, one error per shipments[i]) or the carrier"
              + " refused (CARRIER.REJECTED).")
  @APIResponse(
      responseCode = "503",
      description =
          "The carrier is unavailable, or the scan form is still being made: retry with the"
              + " same Idempotency-Key (Retry-After).")
  public Response create(
      @Valid CreateScanFormRequest request,
      @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    RequestBodies.require(request);
    String tenantId = caller.tenantId();
    String key = IdempotentPosts.idempotencyKey(idempotencyKey).orElse(null);
    return idempotency.execute(
        request,
        () -> {
          ScanFormDto scanForm = scanForms.create(tenantId, request.shipments(), key);
          return Response.created(URI.create("/v1/scan_forms/" + scanForm.id()))
              .entity(scanForm)
              .build();
        });
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.SCAN_FORM, idParam = "id")
  @Path("/{id}")
  @Operation(summary = "Show a scan form", description = "With a fresh link to its form.")
  @APIResponse(
      responseCode = "200",
      description = "The scan form.",
      content = @Content(schema = @Schema(implementation = ScanFormDto.class)))
  @APIResponse(responseCode = "404", description = "No scan form of yours has this id.")
  public ScanFormDto get(@RestPath String id) {
    return reads.view(caller.tenantId(), id);
  }
}
