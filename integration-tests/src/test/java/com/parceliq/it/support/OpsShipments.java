package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The operator routes for parked shipments ({@code /v1/ops/stuck}, decisions) as platform admin.
 */
public final class OpsShipments {

  private OpsShipments() {}

  /** {@code GET /v1/ops/stuck} with a query string such as {@code ?tenant_id=…}. */
  public static ApiResponse stuck(String query) {
    Platform platform = TestStack.platform();
    return platform.api().get("/v1/ops/stuck" + query).bearer(platform.adminKey()).send();
  }

  public static ApiResponse decide(String shipmentId, String action, String idempotencyKey) {
    return decide(shipmentId, Json.object().put("action", action), idempotencyKey);
  }

  public static ApiResponse decide(String shipmentId, JsonNode body, String idempotencyKey) {
    Platform platform = TestStack.platform();
    return platform
        .api()
        .post("/v1/ops/shipments/" + shipmentId + "/decision")
        .bearer(platform.adminKey())
        .idempotencyKey(idempotencyKey)
        .json(body)
        .send();
  }
}
