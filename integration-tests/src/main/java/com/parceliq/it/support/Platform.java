package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;

/** Platform-admin operations, authenticated with the platform admin key. */
public final class Platform {

  private final ApiClient api;
  private final String adminKey;

  public Platform(ApiClient api, String adminKey) {
    this.api = api;
    this.adminKey = adminKey;
  }

  public ApiClient api() {
    return api;
  }

  public String adminKey() {
    return adminKey;
  }

  /** {@code POST /v1/tenants}: a fresh tenant with its own API key and an empty wallet. */
  public Tenant newTenant() {
    ApiResponse response = createTenant(Unique.key("tenant"));
    JsonNode body = response.expect(201);
    String id = body.path("id").asText();
    String apiKey = body.path("api_key").asText();
    if (!id.startsWith("ten_") || !apiKey.startsWith("piq_")) {
      throw new AssertionError("Tenant without ten_ id or piq_ key: " + response);
    }
    return new Tenant(api, id, apiKey, body.path("api_key_id").asText());
  }

  public ApiResponse createTenant(String name) {
    return api.post("/v1/tenants").bearer(adminKey).json(Json.object().put("name", name)).send();
  }
}
