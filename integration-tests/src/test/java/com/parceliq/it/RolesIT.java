package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.IdentityProvider;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * The four tenant roles through the embedded Cedar policies, with API keys and with OIDC users: a
 * viewer reads but changes nothing, billing moves money in but ships nothing, a shipper ships but
 * manages nothing, and each refusal is a 403 that leaves the shipment and the wallet as they were
 * and is on the tenant's audit trail.
 */
class RolesIT {

  @Test
  void aViewerKeyReadsButCannotBuyAndNothingIsCharged() {
    Tenant admin = TestStack.newTenant();
    admin.deposit("50.00");
    RatedShipment rated = admin.createRatedShipment(null);
    Tenant viewer = withKey(admin, "viewer");

    assertThat(viewer.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
    assertError(
        viewer.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")),
        403,
        "AUTH.FORBIDDEN");
    assertError(viewer.post("/v1/shipments").json(Json.object()).send(), 403, "AUTH.FORBIDDEN");

    assertThat(admin.balance()).isEqualByComparingTo("50.00");
    assertThat(admin.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
    JsonNode denials =
        admin
            .get("/v1/audit?decision=deny&resource_id=" + rated.shipmentId())
            .send()
            .expect(200)
            .path("audit_records");
    assertThat(denials).hasSize(1);
    assertThat(denials.get(0).path("principal_id").asText()).isEqualTo(viewer.apiKeyId());
    assertThat(denials.get(0).path("action").asText()).isEqualTo("purchase_label");
    assertError(viewer.get("/v1/audit").send(), 403, "AUTH.FORBIDDEN");
  }

  @Test
  void billingDepositsButCannotShipOrManageKeys() {
    Tenant admin = TestStack.newTenant();
    Tenant billing = withKey(admin, "billing");

    billing.deposit("20.00");
    assertError(billing.post("/v1/shipments").json(Json.object()).send(), 403, "AUTH.FORBIDDEN");
    assertError(
        billing.post("/v1/api_keys").json(Json.object().put("role", "admin")).send(),
        403,
        "AUTH.FORBIDDEN");

    assertThat(admin.balance()).isEqualByComparingTo("20.00");
  }

  @Test
  void aShipperBuysButCannotDepositOrReadTheAuditTrail() {
    Tenant admin = TestStack.newTenant();
    admin.deposit("50.00");
    Tenant shipper = withKey(admin, "shipper");
    RatedShipment rated = shipper.createRatedShipment(null);

    JsonNode bought =
        shipper.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    assertError(
        shipper
            .post("/v1/wallet/deposits")
            .idempotencyKey(Unique.key("deposit"))
            .json(Json.object().put("amount", "10.00").put("currency", "USD"))
            .send(),
        403,
        "AUTH.FORBIDDEN");
    assertError(shipper.get("/v1/api_keys").send(), 403, "AUTH.FORBIDDEN");

    assertThat(bought.path("status").asText()).isEqualTo("purchased");
    assertThat(admin.balance())
        .isEqualByComparingTo(new BigDecimal("50.00").subtract(rated.cheapestPrice()));
  }

  @Test
  void anOidcUserActsWithTheRolesOfItsTokenOnly() {
    Tenant admin = TestStack.newTenant();
    admin.deposit("50.00");
    RatedShipment rated = admin.createRatedShipment(null);
    IdentityProvider issuer = IdentityProvider.ofTestStack();
    Tenant viewerUser = admin.as(issuer.token("ann", admin.id(), "viewer"), "user:ann");
    Tenant shipperUser = admin.as(issuer.token("bob", admin.id(), "shipper"), "user:bob");

    assertError(
        viewerUser.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")),
        403,
        "AUTH.FORBIDDEN");
    JsonNode bought =
        shipperUser.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);

    assertThat(bought.path("status").asText()).isEqualTo("purchased");
  }

  private static Tenant withKey(Tenant admin, String role) {
    JsonNode created =
        admin.post("/v1/api_keys").json(Json.object().put("role", role)).send().expect(201);
    return admin.as(created.path("key").asText(), created.path("id").asText());
  }
}
