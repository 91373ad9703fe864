package com.parceliq.api.carrierwebhooks;

import com.parceliq.api.auth.CarrierSignedRoute;
import com.parceliq.api.error.ApiException;
import com.parceliq.carrier.spi.CarrierWebhookException;
import com.parceliq.carrier.spi.CarrierWebhookParser;
import com.parceliq.carrier.spi.TrackingInfo;
import com.parceliq.domain.ErrorCode;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;

/**
 * Tracking pushed by carriers. No API key: the carrier's signature over the raw body is checked
 * first, by the carrier's own parser, and nothing happens to an unsigned push. Carriers retry any
 * non-2xx answer, so a push for a parcel ParcelIQ does not know is accepted (202) and logged.
 */
@Path("/v1/carrier_webhooks/{carrier}")
@Produces(MediaType.APPLICATION_JSON)
@CarrierSignedRoute
@Tag(name = "Carrier webhooks", description = "Tracking updates pushed by carriers")
public class CarrierWebhookResource {

  @Inject CarrierWebhookParsers parsers;
  @Inject TrackingSignals signals;

  Clock clock = Clock.systemUTC();

  @POST
  @Operation(
      summary = "Receive a carrier's tracking push",
      description =
          "Authenticated by the carrier's signature (sandbox: X-Sandbox-Signature), not by an"
              + " API key.")
  @APIResponse(responseCode = "202", description = "Accepted: handed to the shipments it names.")
  @APIResponse(responseCode = "400", description = "Signed, but not a push of this carrier.")
  @APIResponse(responseCode = "401", description = "Missing, forged or stale signature.")
  @APIResponse(responseCode = "404", description = "No such carrier pushes tracking here.")
  @APIResponse(responseCode = "503", description = "Temporal is unreachable; retry (Retry-After).")
  public Response receive(@RestPath String carrier, HttpHeaders headers, byte[] body) {
    CarrierWebhookParser parser =
        parsers
            .parser(carrier)
            .orElseThrow(() -> ApiException.notFound("carrier webhook", carrier));
    List<TrackingInfo> updates;
    try {
      updates =
          parser.parse(
              lowerCase(headers),
              body == null ? new byte[0] : body,
              parsers.secret(carrier).orElse(null),
              clock.instant());
    } catch (CarrierWebhookException e) {
      throw new ApiException(
          e.kind() == CarrierWebhookException.Kind.UNAUTHENTICATED
              ? ErrorCode.AUTH_UNAUTHENTICATED
              : ErrorCode.REQUEST_MALFORMED,
          e.getMessage());
    }
    for (TrackingInfo update : updates) {
      signals.signal(carrier, update);
    }
    return Response.accepted().build();
  }

  private static Map<String, String> lowerCase(HttpHeaders headers) {
    Map<String, String> flat = new HashMap<>();
    headers
        .getRequestHeaders()
        .forEach(
            (name, values) -> {
              if (!values.isEmpty()) {
                flat.put(name.toLowerCase(Locale.ROOT), values.getFirst());
              }
            });
    return flat;
  }
}
