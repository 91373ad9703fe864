package com.parceliq.api.claims;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.http.Paging;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestHeader;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;

@Path("/v1/claims")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Ask to be paid for a lost, damaged or delayed parcel")
public class ClaimResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject ClaimCommands commands;
  @Inject ClaimReads reads;

  @POST
  @RouteAction(value = Action.FILE_CLAIM, resource = ResourceType.CLAIM)
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "File a claim",
      description =
          "A claim of amount (at most parceliq.claims.max-amount) on a purchased, not voided"
              + " shipment, with up to 5 evidence files (base64, 5 MB each once decoded) stored"
              + " in S3. Starts the claim's workflow: filed with the carrier, then approved and"
              + " paid into the wallet, or denied, by the carrier or an operator. Emits"
              + " claim.updated at each status. Keyed by Idempotency-Key.")
  @APIResponse(
      responseCode = "201",
      description = "The claim, submitted.",
      headers = @Header(name = "Location", description = "The claim."),
      content = @Content(schema = @Schema(implementation = ClaimDto.class)))
  @APIResponse(
      responseCode = "409",
      description =
          "SHIPMENT.INVALID_STATE (not purchased, or voided), CLAIM.INVALID_STATE (the shipment"
              + " has an open claim) or SHIPMENT.ARCHIVED.")
  @APIResponse(
      responseCode = "422",
      description = "Invalid fields, or shipment_id names no shipment of the tenant.")
  public Response file(
      CreateClaimRequest request, @RestHeader(IdempotentPosts.KEY_HEADER) String idempotencyKey) {
    RequestBodies.require(request);
    String tenantId = caller.tenantId();
    String key = IdempotentPosts.idempotencyKey(idempotencyKey).orElse(null);
    return idempotency.execute(
        request,
        () -> {
          ClaimDto claim = commands.file(tenantId, request, key);
          return Response.created(URI.create("/v1/claims/" + claim.id())).entity(claim).build();
        });
  }

  @GET
  @RouteAction(value = Action.READ, resource = ResourceType.CLAIM, idParam = "id")
  @Path("/{id}")
  @Operation(summary = "Show a claim")
  @APIResponse(responseCode = "404", description = "No claim with this id")
  public ClaimDto get(@RestPath String id) {
    return reads.view(caller.tenantId(), id);
  }

  @GET
  @RouteAction(value = Action.LIST, resource = ResourceType.CLAIM)
  @Operation(summary = "List claims, newest first")
  public ClaimList list(
      @RestQuery("page_size") String pageSize, @RestQuery("before_id") String beforeId) {
    return reads.list(caller.tenantId(), Paging.parse(pageSize, beforeId));
  }
}
