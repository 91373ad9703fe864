package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code POST /v1/ledger/adjustments} as the platform admin. */
public final class LedgerAdjustments {

  private LedgerAdjustments() {}

  /** An adjustment body for {@code tenantId} in USD. */
  public static ObjectNode body(String tenantId, String amount, String reason) {
    ObjectNode body = Json.object().put("tenant_id", tenantId).put("amount", amount);
    body.put("currency", "USD");
    if (reason != null) {
      body.put("reason", reason);
    }
    return body;
  }

  /** Posts {@code body} as the platform admin with {@code idempotencyKey}. */
  public static ApiResponse post(JsonNode body, String idempotencyKey) {
    Platform platform = TestStack.platform();
    return platform
        .api()
        .post("/v1/ledger/adjustments")
        .bearer(platform.adminKey())
        .idempotencyKey(idempotencyKey)
        .json(body)
        .send();
  }
}
