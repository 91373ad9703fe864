package com.parceliq.it;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.CarrierStub;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.ServiceLogs;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A tenant's own carrier account, end to end: the API checks and seals the credentials, the workers
 * open them and call the real UPS adapter against the carriers' stub (UPS's documented answers),
 * rating then shows UPS beside the platform's sandbox, an outage leaves a message instead of a
 * failure, and the credential never appears in an answer or a log.
 */
class CarrierAccountsIT {

  private static CarrierStub carriers;

  private final String clientSecret = "sekret-" + Unique.key("ups");

  @BeforeAll
  static void startCarrierStub() {
    carriers = CarrierStub.start();
  }

  @AfterAll
  static void stopCarrierStub() {
    carriers.close();
  }

  @BeforeEach
  void resetStub() {
    carriers.reset();
  }

  @Test
  void ratingAsksTheTenantsUpsAccountWithItsOwnCredentialsBesideTheSandbox() {
    carriers.upsQuotes();
    Tenant tenant = TestStack.newTenant();
    JsonNode account = tenant.post("/v1/carrier_accounts").json(upsAccount()).send().expect(201);

    String shipmentId = tenant.createShipment("accounts-rating").path("id").asText();
    JsonNode rated = tenant.post("/v1/shipments/" + shipmentId + "/rates").send().expect(200);

    List<String> carriersRated = new ArrayList<>();
    rated.path("rates").forEach(rate -> carriersRated.add(rate.path("carrier").asText()));
    assertThat(carriersRated).contains("sandbox", "ups");
    rated
        .path("rates")
        .forEach(
            rate -> {
              if (rate.path("carrier").asText().equals("ups")) {
                assertThat(rate.path("carrier_account_id").asText())
                    .isEqualTo(account.path("id").asText());
                assertThat(rate.path("rate").asText()).matches("\\d+\\.\\d{2}");
              } else {
                assertThat(rate.path("carrier_account_id").isNull()).isTrue();
              }
            });
    assertThat(rated.path("messages")).isEmpty();
    String basic =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(
                    ("acme-ups-client:" + clientSecret).getBytes(StandardCharsets.UTF_8));
    carriers
        .wireMock()
        .verify(
            postRequestedFor(urlPathEqualTo("/ups/security/v1/oauth/token"))
                .withHeader("Authorization", equalTo(basic))
                .withHeader("x-merchant-id", equalTo("A1B2C3")));
  }

  @Test
  void aCarrierOutageLeavesTheOtherCarriersRatesAndSaysWhichCarrierIsMissing() {
    carriers.upsDown();
    Tenant tenant = TestStack.newTenant();
    String accountId =
        tenant
            .post("/v1/carrier_accounts")
            .json(upsAccount())
            .send()
            .expect(201)
            .path("id")
            .asText();

    String shipmentId = tenant.createShipment("accounts-outage").path("id").asText();
    JsonNode rated = tenant.post("/v1/shipments/" + shipmentId + "/rates").send().expect(200);

    assertThat(rated.path("rates")).isNotEmpty();
    rated
        .path("rates")
        .forEach(rate -> assertThat(rate.path("carrier").asText()).isEqualTo("sandbox"));
    JsonNode message = rated.path("messages").get(0);
    assertThat(message.path("carrier").asText()).isEqualTo("ups");
    assertThat(message.path("carrier_account_id").asText()).isEqualTo(accountId);
    assertThat(message.path("type").asText()).isEqualTo("CARRIER.UNAVAILABLE");
    assertThat(message.path("message").asText()).isNotBlank();
  }

  @Test
  void credentialsAreNeverReturnedAndOnlyTheirNamesAreShown() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse created = tenant.post("/v1/carrier_accounts").json(upsAccount()).send();
    JsonNode account = created.expect(201);
    JsonNode listed = tenant.get("/v1/carrier_accounts").send().expect(200);
    JsonNode shown =
        tenant.get("/v1/carrier_accounts/" + account.path("id").asText()).send().expect(200);

    assertThat(account.path("id").asText()).startsWith("ca_");
    assertThat(account.path("object").asText()).isEqualTo("CarrierAccount");
    assertThat(account.path("carrier").asText()).isEqualTo("ups");
    assertThat(account.path("test_mode").asBoolean()).isTrue();
    assertThat(strings(account.path("credential_fields")))
        .containsExactly("account_number", "client_id", "client_secret");
    assertThat(account.has("credentials")).isFalse();
    assertThat(listed.path("carrier_accounts")).hasSize(1);
    assertThat(listed.path("carrier_accounts").get(0)).isEqualTo(account);
    assertThat(shown).isEqualTo(account);
    for (String text : List.of(created.text(), listed.toString(), shown.toString())) {
      assertThat(text).doesNotContain(clientSecret).doesNotContain("acme-ups-client");
    }
  }

  @Test
  void credentialsThatDoNotFitTheCarrierAreRefusedFieldByField() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode incomplete = upsAccount();
    ((ObjectNode) incomplete.path("credentials")).remove("client_secret");
    ((ObjectNode) incomplete.path("credentials")).put("clientsecret", clientSecret);

    JsonNode misfit =
        assertError(
            tenant.post("/v1/carrier_accounts").json(incomplete).send(), 422, "REQUEST.INVALID");
    JsonNode unknown =
        assertError(
            tenant.post("/v1/carrier_accounts").json(upsAccount().put("carrier", "dhl")).send(),
            422,
            "REQUEST.INVALID");
    JsonNode platform =
        assertError(
            tenant.post("/v1/carrier_accounts").json(upsAccount().put("carrier", "sandbox")).send(),
            422,
            "REQUEST.INVALID");
    JsonNode missing =
        assertError(
            tenant.post("/v1/carrier_accounts").json(Json.object().put("carrier", "ups")).send(),
            422,
            "REQUEST.INVALID");

    assertThat(fieldsOf(misfit))
        .containsExactly("credentials.client_secret", "credentials.clientsecret");
    assertThat(misfit.toString()).doesNotContain(clientSecret);
    assertThat(fieldsOf(unknown)).containsExactly("carrier");
    assertThat(unknown.path("errors").get(0).path("message").asText())
        .contains("fedex", "ups", "usps");
    assertThat(fieldsOf(platform)).containsExactly("carrier");
    assertThat(fieldsOf(missing)).contains("credentials");
    assertThat(tenant.get("/v1/carrier_accounts").send().expect(200).path("carrier_accounts"))
        .isEmpty();
  }

  @Test
  void anotherTenantCannotSeeOrDeleteAnAccountAndADeletedAccountIsNoLongerRated() {
    carriers.upsQuotes();
    Tenant owner = TestStack.newTenant();
    Tenant other = TestStack.newTenant();
    String accountId =
        owner
            .post("/v1/carrier_accounts")
            .json(upsAccount())
            .send()
            .expect(201)
            .path("id")
            .asText();

    assertError(other.get("/v1/carrier_accounts/" + accountId).send(), 404, "RESOURCE.NOT_FOUND");
    assertError(
        TestStack.api().delete("/v1/carrier_accounts/" + accountId).bearer(other.apiKey()).send(),
        404,
        "RESOURCE.NOT_FOUND");
    assertThat(other.get("/v1/carrier_accounts").send().expect(200).path("carrier_accounts"))
        .isEmpty();

    ApiResponse deleted =
        TestStack.api().delete("/v1/carrier_accounts/" + accountId).bearer(owner.apiKey()).send();
    assertThat(deleted.status()).as("%s", deleted).isEqualTo(204);
    assertError(owner.get("/v1/carrier_accounts/" + accountId).send(), 404, "RESOURCE.NOT_FOUND");

    String shipmentId = owner.createShipment("accounts-deleted").path("id").asText();
    JsonNode rated = owner.post("/v1/shipments/" + shipmentId + "/rates").send().expect(200);
    rated
        .path("rates")
        .forEach(rate -> assertThat(rate.path("carrier").asText()).isEqualTo("sandbox"));
  }

  @Test
  void theCredentialNeverReachesAServiceLog() {
    carriers.upsDown();
    Tenant tenant = TestStack.newTenant();
    tenant.post("/v1/carrier_accounts").json(upsAccount()).send().expect(201);
    String shipmentId = tenant.createShipment("accounts-logs").path("id").asText();
    tenant.post("/v1/shipments/" + shipmentId + "/rates").send().expect(200);
    ObjectNode bad = upsAccount();
    ((ObjectNode) bad.path("credentials")).put("unexpected", clientSecret);
    tenant.post("/v1/carrier_accounts").json(bad).send();

    ServiceLogs.assertNoneContains(Map.of("the UPS client secret", clientSecret));
  }

  private static List<String> strings(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }

  private ObjectNode upsAccount() {
    ObjectNode body = Json.object().put("carrier", "ups").put("description", "Main warehouse");
    body.putObject("credentials")
        .put("client_id", "acme-ups-client")
        .put("client_secret", clientSecret)
        .put("account_number", "A1B2C3");
    return body.put("test_mode", true);
  }
}
