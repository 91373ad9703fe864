package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** /v1/api_keys: keys created per role and shown once, listed without secrets, revoked at once. */
class ApiKeysIT {

  @Test
  void aKeyOfEachRoleIsShownOnceAndNeverAgain() {
    Tenant tenant = TestStack.newTenant();
    for (String role : List.of("admin", "shipper", "billing", "viewer")) {
      JsonNode created = createKey(tenant, role, "key for " + role, 7).expect(201);

      String key = created.path("key").asText();
      assertThat(key).matches("piq_[0-9a-f]{64}");
      assertThat(created.path("id").asText()).startsWith("key_");
      assertThat(created.path("prefix").asText()).isEqualTo(key.substring(0, 12));
      assertThat(created.path("role").asText()).isEqualTo(role);
      assertThat(created.path("name").asText()).isEqualTo("key for " + role);
      assertThat(created.path("rate_limit_per_second").asInt()).isEqualTo(7);
      assertThat(created.path("created_at").asText()).isNotBlank();
      assertThat(created.has("last_used_at")).isTrue();
      assertThat(created.path("last_used_at").isNull()).isTrue();

      JsonNode shown = tenant.get("/v1/api_keys/" + created.path("id").asText()).send().expect(200);
      assertThat(shown.has("key")).isFalse();
      assertThat(shown.toString()).doesNotContain(key);
      assertThat(shown.path("prefix").asText()).isEqualTo(key.substring(0, 12));
      assertThat(shown.path("revoked_at").isNull()).isTrue();
    }

    ApiResponse listed = tenant.get("/v1/api_keys?page_size=100").send();
    JsonNode list = listed.expect(200);
    assertThat(list.path("api_keys").size()).isEqualTo(5);
    assertThat(list.path("has_more").asBoolean()).isFalse();
    list.path("api_keys").forEach(key -> assertThat(key.has("key")).isFalse());
    assertThat(listed.text()).doesNotContain(tenant.apiKey());
  }

  @Test
  void theListIsPagedNewestFirst() {
    Tenant tenant = TestStack.newTenant();
    String newest = createKey(tenant, "viewer", null, null).expect(201).path("id").asText();

    JsonNode first = tenant.get("/v1/api_keys?page_size=1").send().expect(200);
    JsonNode second = tenant.get("/v1/api_keys?page_size=1&before_id=" + newest).send().expect(200);

    assertThat(first.path("api_keys").get(0).path("id").asText()).isEqualTo(newest);
    assertThat(first.path("has_more").asBoolean()).isTrue();
    assertThat(second.path("api_keys").get(0).path("role").asText()).isEqualTo("admin");
    assertThat(second.path("has_more").asBoolean()).isFalse();
  }

  @Test
  void aReplayedCreationReturnsTheSameKeyWithoutItsSecret() {
    Tenant tenant = TestStack.newTenant();
    String idempotencyKey = Unique.key("create-key");
    JsonNode body = Json.object().put("role", "shipper");

    JsonNode first =
        tenant.post("/v1/api_keys").idempotencyKey(idempotencyKey).json(body).send().expect(201);
    ApiResponse replay =
        tenant.post("/v1/api_keys").idempotencyKey(idempotencyKey).json(body).send();

    assertThat(replay.status()).isEqualTo(201);
    assertThat(replay.header("Idempotent-Replayed")).contains("true");
    assertThat(replay.json().path("id").asText()).isEqualTo(first.path("id").asText());
    assertThat(replay.json().has("key")).isFalse();
  }

  @Test
  void lastUsedAtIsSetOnceTheKeyAuthenticatesARequest() {
    Tenant tenant = TestStack.newTenant();
    JsonNode created = createKey(tenant, "shipper", null, null).expect(201);

    TestStack.api().get("/v1/wallet").bearer(created.path("key").asText()).send().expect(200);

    JsonNode shown = tenant.get("/v1/api_keys/" + created.path("id").asText()).send().expect(200);
    assertThat(shown.path("last_used_at").asText()).isNotBlank();
  }

  @Test
  void aRevokedKeyIsRefusedAtOnce() {
    Tenant tenant = TestStack.newTenant();
    JsonNode created = createKey(tenant, "shipper", null, null).expect(201);
    String key = created.path("key").asText();
    String id = created.path("id").asText();
    TestStack.api().get("/v1/wallet").bearer(key).send().expect(200);

    assertThat(tenant.delete("/v1/api_keys/" + id).send().status()).isEqualTo(204);

    assertError(TestStack.api().get("/v1/wallet").bearer(key).send(), 401, "AUTH.UNAUTHENTICATED");
    JsonNode shown = tenant.get("/v1/api_keys/" + id).send().expect(200);
    assertThat(shown.path("revoked_at").asText()).isNotBlank();
    assertThat(tenant.delete("/v1/api_keys/" + id).send().status()).isEqualTo(204);
  }

  @Test
  void theLastActiveAdminKeyCannotBeRevoked() {
    Tenant tenant = TestStack.newTenant();
    String firstAdmin = adminKeyIds(tenant).getFirst();

    assertError(tenant.delete("/v1/api_keys/" + firstAdmin).send(), 409, "API_KEY.LAST_ADMIN");

    JsonNode second = createKey(tenant, "admin", "second admin", null).expect(201);
    assertThat(tenant.delete("/v1/api_keys/" + firstAdmin).send().status()).isEqualTo(204);
    String secondKey = second.path("key").asText();
    ApiResponse lastOne =
        TestStack.api()
            .delete("/v1/api_keys/" + second.path("id").asText())
            .bearer(secondKey)
            .send();
    assertError(lastOne, 409, "API_KEY.LAST_ADMIN");
    TestStack.api().get("/v1/api_keys").bearer(secondKey).send().expect(200);
  }

  @Test
  void anotherTenantsKeyIdIsNotFound() {
    Tenant owner = TestStack.newTenant();
    Tenant stranger = TestStack.newTenant();
    String id = createKey(owner, "shipper", null, null).expect(201).path("id").asText();

    assertError(stranger.get("/v1/api_keys/" + id).send(), 404, "RESOURCE.NOT_FOUND");
    assertError(stranger.delete("/v1/api_keys/" + id).send(), 404, "RESOURCE.NOT_FOUND");
    assertThat(owner.get("/v1/api_keys/" + id).send().expect(200).path("revoked_at").isNull())
        .isTrue();
  }

  @Test
  void anUnknownRoleOrRateIsInvalid() {
    Tenant tenant = TestStack.newTenant();

    JsonNode badRole =
        assertError(
            tenant.post("/v1/api_keys").json(Json.object().put("role", "root")).send(),
            422,
            "REQUEST.INVALID");
    JsonNode noRole =
        assertError(tenant.post("/v1/api_keys").json(Json.object()).send(), 422, "REQUEST.INVALID");
    JsonNode badRate =
        assertError(
            tenant
                .post("/v1/api_keys")
                .json(Json.object().put("role", "viewer").put("rate_limit_per_second", 0))
                .send(),
            422,
            "REQUEST.INVALID");

    assertThat(fieldsOf(badRole)).containsExactly("role");
    assertThat(fieldsOf(noRole)).containsExactly("role");
    assertThat(fieldsOf(badRate)).containsExactly("rate_limit_per_second");
  }

  @Test
  void onlyATenantAdminManagesKeys() {
    Tenant tenant = TestStack.newTenant();
    String shipperKey = createKey(tenant, "shipper", null, null).expect(201).path("key").asText();

    assertError(
        TestStack.api()
            .post("/v1/api_keys")
            .bearer(shipperKey)
            .json(Json.object().put("role", "admin"))
            .send(),
        403,
        "AUTH.FORBIDDEN");
    assertError(
        TestStack.api().get("/v1/api_keys").bearer(TestStack.config().adminKey()).send(),
        403,
        "AUTH.FORBIDDEN");
  }

  private static ApiResponse createKey(Tenant tenant, String role, String name, Integer rate) {
    var body = Json.object().put("role", role);
    if (name != null) {
      body.put("name", name);
    }
    if (rate != null) {
      body.put("rate_limit_per_second", rate);
    }
    return tenant.post("/v1/api_keys").json(body).send();
  }

  private static List<String> adminKeyIds(Tenant tenant) {
    List<String> ids = new ArrayList<>();
    tenant
        .get("/v1/api_keys?page_size=100")
        .send()
        .expect(200)
        .path("api_keys")
        .forEach(
            key -> {
              if (key.path("role").asText().equals("admin")) {
                ids.add(key.path("id").asText());
              }
            });
    return ids;
  }
}
