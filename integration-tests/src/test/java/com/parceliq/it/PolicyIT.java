package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Policies;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * Authorization through the policy decision point on the real stack: a tenant's own Cedar policies
 * narrow what its keys may do, invalid Cedar is refused, quarantine stops a key everywhere until
 * released, and platform and tenant routes stay apart.
 */
class PolicyIT {

  private static final String NO_PURCHASES =
      """
      @id("no_purchases")
      forbid (principal, action == Parceliq::Action::"purchase_label", resource);
      """;

  @Test
  void aTenantPolicyForbiddingPurchasesRefusesTheBuyAndChargesNothing() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);

    JsonNode stored = Policies.put(tenant, NO_PURCHASES).expect(200);
    ApiResponse buy = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"));

    assertThat(stored.path("version").asLong()).isEqualTo(1);
    assertError(buy, 403, "AUTH.FORBIDDEN");
    assertThat(tenant.balance()).isEqualByComparingTo("100.00");
    assertThat(tenant.ledgerEntries(rated.shipmentId())).isEmpty();
    assertThat(tenant.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
    assertThat(tenant.get("/v1/policies").send().expect(200).path("policies").asText())
        .isEqualTo(NO_PURCHASES);
  }

  @Test
  void removingTheTenantPolicyAllowsTheBuyAgain() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    Policies.put(tenant, NO_PURCHASES).expect(200);
    String key = Unique.key("buy");
    assertError(tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key), 403, "AUTH.FORBIDDEN");

    JsonNode cleared = Policies.put(tenant, "").expect(200);
    JsonNode bought = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), key).expect(200);

    assertThat(cleared.path("version").asLong()).isEqualTo(2);
    assertThat(bought.path("status").asText()).isEqualTo("purchased");
    assertThat(tenant.balance())
        .isEqualByComparingTo(new BigDecimal("100.00").subtract(rated.cheapestPrice()));
  }

  @Test
  void invalidCedarIsRefusedWithTheParsersMessageOnPolicies() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response = Policies.put(tenant, "allow (principal, action, resource);");

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).containsExactly("policies");
    assertThat(error.path("errors").get(0).path("message").asText()).contains("allow");
    assertThat(tenant.get("/v1/policies").send().expect(200).path("version").asLong()).isZero();
  }

  @Test
  void aQuarantinedAdminKeyIsForbiddenEverywhereUntilReleased() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("50.00");

    JsonNode quarantined =
        Policies.quarantine(tenant.apiKeyId(), "leaked in a public repository").expect(200);

    assertThat(quarantined.path("principal_id").asText()).isEqualTo(tenant.apiKeyId());
    assertError(tenant.get("/v1/wallet").send(), 403, "AUTH.FORBIDDEN");
    assertError(tenant.get("/v1/shipments").send(), 403, "AUTH.FORBIDDEN");
    assertError(
        tenant.post("/v1/shipments").json(ShipmentRequests.domestic(null)).send(),
        403,
        "AUTH.FORBIDDEN");
    assertError(Policies.put(tenant, ""), 403, "AUTH.FORBIDDEN");

    assertThat(Policies.release(tenant.apiKeyId()).status()).isEqualTo(204);

    assertThat(tenant.balance()).isEqualByComparingTo("50.00");
    tenant.createShipment(null);
  }

  @Test
  void aTenantKeyOnAPlatformRouteIsForbidden() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse quarantine =
        tenant
            .post(Policies.quarantinePath(tenant.apiKeyId()))
            .json(Json.object().put("reason", "self-service"))
            .send();
    ApiResponse adjust =
        tenant
            .post("/v1/ledger/adjustments")
            .json(
                Json.object()
                    .put("tenant_id", tenant.id())
                    .put("amount", "1000.00")
                    .put("currency", "USD")
                    .put("reason", "free money"))
            .send();

    assertError(quarantine, 403, "AUTH.FORBIDDEN");
    assertError(adjust, 403, "AUTH.FORBIDDEN");
    assertThat(tenant.balance()).isEqualByComparingTo("0.00");
  }

  @Test
  void thePlatformAdminOnATenantRouteIsForbidden() {
    String admin = TestStack.config().adminKey();

    assertError(TestStack.api().get("/v1/policies").bearer(admin).send(), 403, "AUTH.FORBIDDEN");
    assertError(
        TestStack.api()
            .request("PUT", "/v1/policies")
            .bearer(admin)
            .json(Json.object().put("policies", ""))
            .send(),
        403,
        "AUTH.FORBIDDEN");
    assertError(
        TestStack.api()
            .post("/v1/shipments")
            .bearer(admin)
            .json(ShipmentRequests.domestic(null))
            .send(),
        403,
        "AUTH.FORBIDDEN");
  }

  @Test
  void thePlatformAdminCannotBeQuarantined() {
    JsonNode error =
        assertError(Policies.quarantine("platform_admin", "oops"), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(error)).containsExactly("principal_id");
  }
}
