package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** {@code /v1/pricing_rules} as a tenant: request bodies and calls. */
public final class PricingRules {

  private PricingRules() {}

  /** A rule body; {@code carrier} and {@code service} may be null for "any". */
  public static ObjectNode body(String carrier, String service, String type, String value) {
    ObjectNode body = Json.object().put("type", type).put("value", value);
    if (carrier != null) {
      body.put("carrier", carrier);
    }
    if (service != null) {
      body.put("service", service);
    }
    return body;
  }

  public static ApiResponse create(Tenant tenant, JsonNode body) {
    return tenant
        .post("/v1/pricing_rules")
        .idempotencyKey(Unique.key("pricing-rule"))
        .json(body)
        .send();
  }

  /** Creates the rule and returns it, failing unless the API answers 201. */
  public static JsonNode created(Tenant tenant, JsonNode body) {
    return create(tenant, body).expect(201);
  }

  public static ApiResponse list(Tenant tenant, String query) {
    return tenant.get("/v1/pricing_rules" + query).send();
  }

  public static ApiResponse delete(Tenant tenant, String ruleId) {
    return TestStack.api().delete("/v1/pricing_rules/" + ruleId).bearer(tenant.apiKey()).send();
  }
}
