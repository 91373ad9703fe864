package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** {@code /v1/claims} as a tenant calls it, and the operator's decision route. */
public final class Claims {

  public static final String BUCKET = "parceliq-claims";

  private Claims() {}

  /** A claim without evidence. */
  public static ObjectNode body(String shipmentId, String type, String amount, String description) {
    return Json.object()
        .put("shipment_id", shipmentId)
        .put("type", type)
        .put("amount", amount)
        .put("description", description);
  }

  /** Adds one evidence file with {@code content} to {@code body}. */
  public static ObjectNode withEvidence(
      ObjectNode body, String filename, String contentType, byte[] content) {
    ArrayNode evidence =
        body.has("evidence") ? (ArrayNode) body.get("evidence") : body.putArray("evidence");
    evidence
        .addObject()
        .put("filename", filename)
        .put("content_type", contentType)
        .put("data", Base64.getEncoder().encodeToString(content));
    return body;
  }

  public static byte[] text(String content) {
    return content.getBytes(StandardCharsets.UTF_8);
  }

  public static ApiResponse file(Tenant tenant, JsonNode body) {
    return tenant.post("/v1/claims").idempotencyKey(Unique.key("claim")).json(body).send();
  }

  public static ApiResponse get(Tenant tenant, String claimId) {
    return tenant.get("/v1/claims/" + claimId).send();
  }

  /** Waits until the claim reaches {@code status}. */
  public static JsonNode awaitStatus(Tenant tenant, String claimId, String status) {
    return Eventually.await(
        "claim " + claimId + " " + status,
        Duration.ofSeconds(60),
        () -> get(tenant, claimId).expect(200),
        claim -> claim.path("status").asText().equals(status));
  }

  /** The operator's decision, as the platform admin. */
  public static ApiResponse decide(String claimId, JsonNode decision) {
    Platform platform = TestStack.platform();
    return platform
        .api()
        .post("/v1/ops/claims/" + claimId + "/decision")
        .bearer(platform.adminKey())
        .idempotencyKey(Unique.key("decision"))
        .json(decision)
        .send();
  }
}
