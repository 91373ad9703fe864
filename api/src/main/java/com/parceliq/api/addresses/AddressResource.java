package com.parceliq.api.addresses;

import com.parceliq.api.auth.CallerContext;
import com.parceliq.api.authz.Action;
import com.parceliq.api.authz.ResourceType;
import com.parceliq.api.authz.RouteAction;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.api.http.RequestBodies;
import com.parceliq.api.idempotency.IdempotentPosts;
import com.parceliq.api.shipments.ShipmentRenderer;
import com.parceliq.api.shipments.ShipmentRequestMapper;
import com.parceliq.workflows.address.AddressValidationRequest;
import com.parceliq.workflows.ports.AddressCheckResult;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/v1/addresses")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Addresses", description = "Verify and normalize addresses with a carrier")
public class AddressResource {

  @Inject CallerContext caller;
  @Inject IdempotentPosts idempotency;
  @Inject AddressValidations validations;

  @POST
  @RouteAction(value = Action.CREATE_SHIPMENT, resource = ResourceType.ADDRESS)
  @Path("/validate")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Verify an address with a carrier",
      description =
          "Asks carrier (or, when none is named, the first enabled carrier that validates"
              + " addresses) to verify the address. A verified address comes back as the carrier"
              + " normalized it; one it cannot verify comes back unverified with the carrier's"
              + " errors (still 200). carrier_account_id needs carrier.")
  @APIResponse(
      responseCode = "200",
      description = "The carrier's verdict: verified, or not with its errors.",
      content = @Content(schema = @Schema(implementation = AddressValidationDto.class)))
  @APIResponse(
      responseCode = "422",
      description =
          "The address is invalid (field errors), the named carrier cannot validate addresses"
              + " (REQUEST.INVALID), or the carrier refused the request (CARRIER.REJECTED).")
  @APIResponse(
      responseCode = "503",
      description =
          "No carrier answered within the wait (CARRIER.UNAVAILABLE or SERVICE.UNAVAILABLE,"
              + " with Retry-After).")
  public Response validate(@Valid ValidateAddressRequest request) {
    RequestBodies.require(request);
    if (request.carrierAccountId() != null && request.carrier() == null) {
      throw ApiException.invalidField("carrier", "is required with carrier_account_id");
    }
    String tenantId = caller.tenantId();
    AddressValidationRequest validation =
        new AddressValidationRequest(
            tenantId,
            request.carrier() == null ? null : request.carrier().toLowerCase(Locale.ROOT),
            request.carrierAccountId(),
            ShipmentRequestMapper.toAddress(request.address()));
    return idempotency.execute(
        request, () -> Response.ok(render(validations.validate(validation))).build());
  }

  static AddressValidationDto render(AddressCheckResult result) {
    return new AddressValidationDto(
        ShipmentRenderer.address(result.address()),
        result.verified(),
        result.errors().stream()
            .map(problem -> new FieldError(problem.field(), problem.message()))
            .toList(),
        result.carrier());
  }
}
