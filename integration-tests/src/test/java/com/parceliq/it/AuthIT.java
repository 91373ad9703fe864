package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import org.junit.jupiter.api.Test;

/** Who may call what: API keys, the platform admin key, and tenant isolation. */
class AuthIT {

  @Test
  void requestWithoutATokenIsUnauthenticated() {
    ApiResponse wallet = TestStack.api().get("/v1/wallet").send();
    ApiResponse create =
        TestStack.api().post("/v1/shipments").json(ShipmentRequests.domestic(null)).send();

    assertError(wallet, 401, "AUTH.UNAUTHENTICATED");
    assertError(create, 401, "AUTH.UNAUTHENTICATED");
  }

  @Test
  void requestWithAnUnknownKeyIsUnauthenticated() {
    ApiResponse response =
        TestStack.api().get("/v1/wallet").bearer("piq_" + Unique.key("unknown")).send();

    assertError(response, 401, "AUTH.UNAUTHENTICATED");
  }

  @Test
  void platformAdminKeyCannotActAsATenant() {
    ApiResponse response =
        TestStack.api().get("/v1/wallet").bearer(TestStack.config().adminKey()).send();

    assertError(response, 403, "AUTH.FORBIDDEN");
  }

  @Test
  void tenantKeyCannotCreateTenants() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response =
        tenant.post("/v1/tenants").json(Json.object().put("name", Unique.key("tenant"))).send();

    assertError(response, 403, "AUTH.FORBIDDEN");
  }

  @Test
  void anotherTenantsShipmentIsNotFound() {
    Tenant owner = TestStack.newTenant();
    Tenant stranger = TestStack.newTenant();
    stranger.deposit("100.00");
    RatedShipment rated = owner.createRatedShipment(null);
    String path = "/v1/shipments/" + rated.shipmentId();

    assertError(stranger.get(path).send(), 404, "RESOURCE.NOT_FOUND");
    assertError(stranger.post(path + "/rates").send(), 404, "RESOURCE.NOT_FOUND");
    assertError(
        stranger.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")),
        404,
        "RESOURCE.NOT_FOUND");

    JsonNode strangersList = stranger.get("/v1/shipments?page_size=100").send().expect(200);
    assertThat(strangersList.path("shipments").size()).isZero();
    assertThat(stranger.ledgerEntries(rated.shipmentId())).isEmpty();
    assertThat(stranger.balance()).isEqualByComparingTo("100.00");
    assertThat(owner.shipment(rated.shipmentId()).path("status").asText()).isEqualTo("rated");
  }
}
