package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * Scan forms through the API: {@code POST /v1/scan_forms} and purchased shipments to put on one.
 */
public final class ScanFormRequests {

  private ScanFormRequests() {}

  public static ApiResponse create(Tenant tenant, List<String> shipmentIds, String key) {
    ObjectNode body = Json.object();
    ArrayNode shipments = body.putArray("shipments");
    shipmentIds.forEach(shipments::add);
    return tenant.post("/v1/scan_forms").idempotencyKey(key).json(body).send();
  }

  public static ApiResponse get(Tenant tenant, String scanFormId) {
    return tenant.get("/v1/scan_forms/" + scanFormId).send();
  }

  /** A shipment of {@code tenant} bought from the sandbox carrier at its cheapest rate. */
  public static String purchased(Tenant tenant, String reference) {
    Tenant.RatedShipment rated = tenant.createRatedShipment(reference);
    JsonNode bought =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    return bought.path("id").asText();
  }
}
