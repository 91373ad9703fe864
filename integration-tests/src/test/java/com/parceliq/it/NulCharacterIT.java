package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import org.junit.jupiter.api.Test;

/**
 * Findings of the API fuzzer (docs/fuzzing.md): PostgreSQL cannot store a NUL character in text, so
 * a NUL in a shipment's body was accepted and then failed in the worker on every retry (the caller
 * got a 503 after the purchase timeout), and a NUL in a path id or a query filter reached a query
 * and answered 500. Each is now a 400 naming where the NUL is.
 */
class NulCharacterIT {

  @Test
  void aNulInAShipmentReferenceIsRefusedWith400NamingTheFieldInsteadOfA503() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = ShipmentRequests.domestic("before\u0000after");

    ApiResponse response = tenant.post("/v1/shipments").json(body).send();

    JsonNode error = assertError(response, 400, "REQUEST.MALFORMED");
    assertThat(fieldsOf(error)).containsExactly("reference");
  }

  @Test
  void aNulInAShipmentOptionsKeyIsRefusedWith400() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = ShipmentRequests.domestic("nul-option-key");
    body.putObject("options").put("key\u0000", "value");

    ApiResponse response = tenant.post("/v1/shipments").json(body).send();

    JsonNode error = assertError(response, 400, "REQUEST.MALFORMED");
    assertThat(fieldsOf(error)).containsExactly("options");
  }

  @Test
  void aNulInAPathIdIsRefusedWith400InsteadOfA500() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response = tenant.get("/v1/shipments/shp_%00").send();

    JsonNode error = assertError(response, 400, "REQUEST.MALFORMED");
    assertThat(fieldsOf(error)).containsExactly("path");
  }

  @Test
  void aNulInAQueryFilterIsRefusedWith400NamingTheParameterInsteadOfA500() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response = tenant.get("/v1/audit?resource_id=abc%00").send();

    JsonNode error = assertError(response, 400, "REQUEST.MALFORMED");
    assertThat(fieldsOf(error)).containsExactly("resource_id");
  }

  @Test
  void anEscapedBackslashFollowedByU0000IsPlainTextAndAccepted() {
    Tenant tenant = TestStack.newTenant();
    // JSON "\\u0000" is the six characters \u0000, not a NUL: nothing to refuse.
    ObjectNode body = ShipmentRequests.domestic("literal \\u0000");

    JsonNode created = tenant.post("/v1/shipments").json(body).send().expect(201);

    assertThat(created.path("reference").asText()).isEqualTo("literal \\u0000");
  }
}
