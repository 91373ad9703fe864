package com.parceliq.it.support;

/** {@code GET/PUT /v1/policies} (a tenant's own Cedar policies) and the quarantine ops routes. */
public final class Policies {

  private Policies() {}

  public static ApiResponse put(Tenant tenant, String cedar) {
    return tenant.put("/v1/policies").json(Json.object().put("policies", cedar)).send();
  }

  public static ApiResponse quarantine(String principalId, String reason) {
    return TestStack.api()
        .post(quarantinePath(principalId))
        .bearer(TestStack.config().adminKey())
        .json(Json.object().put("reason", reason))
        .send();
  }

  public static ApiResponse release(String principalId) {
    return TestStack.api()
        .delete(quarantinePath(principalId))
        .bearer(TestStack.config().adminKey())
        .send();
  }

  public static String quarantinePath(String principalId) {
    return "/v1/ops/principals/" + principalId + "/quarantine";
  }
}
