package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Claims;
import com.parceliq.it.support.InvoiceRuns;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.OpsShipments;
import com.parceliq.it.support.Reconciliations;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import org.junit.jupiter.api.Test;

/** Bad input is refused with the contract's error shape, naming what is wrong. */
class ValidationIT {

  @Test
  void shipmentWithMissingFieldsIsRejectedNamingEachField() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = ShipmentRequests.domestic(null);
    ((ObjectNode) body.path("to_address")).remove("street1");
    ((ObjectNode) body.path("to_address")).remove("zip");
    ((ObjectNode) body.path("parcel")).remove("weight");

    ApiResponse response = tenant.post("/v1/shipments").json(body).send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("to_address.street1", "to_address.zip", "parcel.weight");
  }

  @Test
  void shipmentWithoutAddressesIsRejectedNamingThem() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = ShipmentRequests.domestic(null);
    body.remove("to_address");
    body.remove("from_address");

    ApiResponse response = tenant.post("/v1/shipments").json(body).send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("to_address", "from_address");
  }

  @Test
  void parcelWithANonPositiveWeightIsRejected() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = ShipmentRequests.domestic(null);
    ((ObjectNode) body.path("parcel")).put("weight", -1);

    ApiResponse response = tenant.post("/v1/shipments").json(body).send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("parcel.weight");
  }

  @Test
  void usAddressWithoutAStateIsRejectedNamingIt() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = ShipmentRequests.domestic(null);
    ((ObjectNode) body.path("to_address")).remove("state");

    ApiResponse response = tenant.post("/v1/shipments").json(body).send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("to_address.state");
  }

  @Test
  void malformedJsonIsRejectedWith400() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response =
        tenant.post("/v1/shipments").rawJson("{\"to_address\": {\"street1\": ").send();

    assertError(response, 400, "REQUEST.MALFORMED");
  }

  @Test
  void depositOfANegativeAmountIsRejectedNamingTheAmount() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body = Json.object().put("amount", "-5.00").put("currency", "USD");

    ApiResponse response = tenant.post("/v1/wallet/deposits").json(body).send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("amount");
    assertThat(tenant.balance()).isEqualByComparingTo("0");
  }

  @Test
  void tenantWithoutANameIsRejected() {
    ApiResponse response =
        TestStack.api()
            .post("/v1/tenants")
            .bearer(TestStack.config().adminKey())
            .json(Json.object())
            .send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("name");
  }

  @Test
  void tenantWithANonPositiveArchiveRetentionIsRejected() {
    ApiResponse response =
        TestStack.api()
            .post("/v1/tenants")
            .bearer(TestStack.config().adminKey())
            .json(Json.object().put("name", Unique.key("tenant")).put("archive_retention_days", 0))
            .send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("archive_retention_days");
  }

  @Test
  void tenantKeepsItsOwnArchiveRetention() {
    JsonNode tenant =
        TestStack.api()
            .post("/v1/tenants")
            .bearer(TestStack.config().adminKey())
            .json(Json.object().put("name", Unique.key("tenant")).put("archive_retention_days", 30))
            .send()
            .expect(201);

    assertThat(tenant.path("archive_retention_days").asInt()).isEqualTo(30);
  }

  @Test
  void buyingWithoutARateIdIsRejectedNamingIt() {
    Tenant tenant = TestStack.newTenant();
    String shipmentId = tenant.createRatedShipment(null).shipmentId();

    ApiResponse response =
        tenant
            .post("/v1/shipments/" + shipmentId + "/buy")
            .idempotencyKey(Unique.key("buy"))
            .json(Json.object())
            .send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).contains("rate_id");
  }

  @Test
  void buyingWithAnUnknownRateIsRejected() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    String shipmentId = tenant.createRatedShipment(null).shipmentId();

    ApiResponse response =
        tenant.buy(shipmentId, "rate_00000000000000000000000000", Unique.key("buy"));

    assertError(response, 422, "RATE.NOT_FOUND");
    assertThat(tenant.shipment(shipmentId).path("status").asText()).isEqualTo("rated");
  }

  @Test
  void generatedRequestIdIsEchoedOnSuccessAndOnError() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse ok = tenant.get("/v1/wallet").send();
    ApiResponse notFound = tenant.get("/v1/shipments/shp_00000000000000000000000000").send();

    assertThat(ok.header("X-Request-Id"))
        .as("%s", ok)
        .hasValueSatisfying(id -> assertThat(id).isNotBlank());
    assertError(notFound, 404, "RESOURCE.NOT_FOUND");
    assertThat(notFound.header("X-Request-Id")).isNotEqualTo(ok.header("X-Request-Id"));
  }

  @Test
  void givenRequestIdIsEchoedBackOnSuccessAndInTheErrorBody() {
    Tenant tenant = TestStack.newTenant();
    String requestId = Unique.key("request");

    ApiResponse ok = tenant.get("/v1/wallet").requestId(requestId).send();
    ApiResponse invalid =
        tenant.post("/v1/shipments").requestId(requestId).rawJson("not json").send();

    assertThat(ok.header("X-Request-Id")).as("%s", ok).contains(requestId);
    JsonNode error = assertError(invalid, 400, "REQUEST.MALFORMED");
    assertThat(error.path("request_id").asText()).isEqualTo(requestId);
  }

  @Test
  void givenCorrelationIdIsEchoedBack() {
    Tenant tenant = TestStack.newTenant();
    String correlationId = Unique.key("correlation");

    ApiResponse ok = tenant.get("/v1/wallet").header("X-Correlation-Id", correlationId).send();

    assertThat(ok.header("X-Correlation-Id")).as("%s", ok).contains(correlationId);
  }

  @Test
  void invoiceListWithAnOutOfRangePageSizeIsRejectedNamingIt() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response = tenant.get("/v1/invoices?page_size=101").send();

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).containsExactly("page_size");
  }

  @Test
  void invoiceRunOfTheCurrentMonthOrAMalformedOneIsRejectedNamingThePeriod() {
    String current = java.time.YearMonth.now(java.time.ZoneOffset.UTC).toString();
    for (String period : new String[] {current, "2026-1", ""}) {
      ApiResponse response = InvoiceRuns.start(InvoiceRuns.body(period, null));

      JsonNode error = assertError(response, 422, "REQUEST.INVALID");
      assertThat(fieldsOf(error)).as(period).containsExactly("period");
    }
  }

  @Test
  void shipmentDecisionWithAnUnknownActionIsRejectedNamingIt() {
    for (String action : new String[] {"approve", "", "retry-later"}) {
      ApiResponse response =
          OpsShipments.decide("shp_" + "0".repeat(26), action, Unique.key("decision"));

      JsonNode error = assertError(response, 422, "REQUEST.INVALID");
      assertThat(fieldsOf(error)).as(action).containsExactly("action");
    }
  }

  @Test
  void stuckListWithAnOutOfRangePageSizeIsRejectedNamingIt() {
    JsonNode error = assertError(OpsShipments.stuck("?page_size=0"), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(error)).containsExactly("page_size");
  }

  @Test
  void claimWithBadFieldsIsRejectedNamingEachField() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode body =
        Claims.withEvidence(
            Claims.body("shp_" + "0".repeat(26), "stolen", "10.001", ""),
            "a.txt",
            "text/plain",
            Claims.text("x"));
    ((ObjectNode) body.get("evidence").get(0)).put("data", "%%%not base64%%%");

    JsonNode error = assertError(Claims.file(tenant, body), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(error)).contains("type", "amount", "description", "evidence[0].data");
  }

  @Test
  void claimAboveTheMaximumAmountIsRejectedNamingTheAmount() {
    Tenant tenant = TestStack.newTenant();

    ApiResponse response =
        Claims.file(tenant, Claims.body("shp_" + "0".repeat(26), "lost", "5000.01", "gone"));

    JsonNode error = assertError(response, 422, "REQUEST.INVALID");
    assertThat(fieldsOf(error)).containsExactly("amount");
  }

  @Test
  void claimWithTooManyOrTooLargeEvidenceFilesIsRejected() {
    Tenant tenant = TestStack.newTenant();
    ObjectNode six = Claims.body("shp_" + "0".repeat(26), "lost", "10.00", "gone");
    for (int i = 0; i < 6; i++) {
      Claims.withEvidence(six, "p" + i + ".jpg", "image/jpeg", Claims.text("x"));
    }
    ObjectNode large =
        Claims.withEvidence(
            Claims.body("shp_" + "0".repeat(26), "lost", "10.00", "gone"),
            "big.bin",
            "application/octet-stream",
            new byte[5 * 1024 * 1024 + 1]);

    JsonNode tooMany = assertError(Claims.file(tenant, six), 422, "REQUEST.INVALID");
    JsonNode tooLarge = assertError(Claims.file(tenant, large), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(tooMany)).containsExactly("evidence");
    assertThat(fieldsOf(tooLarge)).containsExactly("evidence[0].data");
  }

  @Test
  void invoiceWithAnUnknownHeaderRowIsRefusedBeforeAnyRunStarts() {
    Tenant tenant = TestStack.newTenant();
    Reconciliations reconciliations = new Reconciliations(tenant);

    ApiResponse response =
        reconciliations.upload("tracking,amount\n1Z999,12.00\n", Unique.key("rec"));

    assertError(response, 422, "RECONCILIATION.INVALID_FILE");
    assertThat(tenant.get(Reconciliations.RUNS).send().expect(200).path("reconciliation_runs"))
        .isEmpty();
  }

  @Test
  void invoiceOfAnotherCarrierThanTheNamedOneIsRefusedNamingCarrier() {
    Tenant tenant = TestStack.newTenant();
    String sandboxInvoice =
        Reconciliations.SANDBOX_HEADER + "\nSBX-INV-1,2026-01-01,T1,ground,16,base,1.00,USD\n";

    ApiResponse wrongCarrier =
        tenant.post(Reconciliations.RUNS + "?carrier=ups").csv(sandboxInvoice).send();
    ApiResponse unknownCarrier =
        tenant.post(Reconciliations.RUNS + "?carrier=pigeon").csv(sandboxInvoice).send();

    assertThat(fieldsOf(assertError(wrongCarrier, 422, "RECONCILIATION.INVALID_FILE")))
        .containsExactly("carrier");
    assertThat(fieldsOf(assertError(unknownCarrier, 422, "REQUEST.INVALID")))
        .containsExactly("carrier");
  }

  @Test
  void s3KeyOutsideTheCallersInboxOrOfNoObjectIsRefusedNamingS3Key() {
    Tenant tenant = TestStack.newTenant();
    Tenant other = TestStack.newTenant();
    Reconciliations reconciliations = new Reconciliations(tenant);

    ApiResponse othersInbox =
        reconciliations.fromKey("inbox/sandbox/" + other.id() + "/invoice.csv", "sandbox");
    ApiResponse missing =
        reconciliations.fromKey("inbox/sandbox/" + tenant.id() + "/no-such.csv", "sandbox");
    ApiResponse outsideInbox =
        reconciliations.fromKey("uploads/" + tenant.id() + "/x.csv", "sandbox");
    ApiResponse carrierMismatch =
        reconciliations.fromKey("inbox/ups/" + tenant.id() + "/invoice.csv", "fedex");

    for (ApiResponse refused : java.util.List.of(othersInbox, missing, outsideInbox)) {
      assertThat(fieldsOf(assertError(refused, 422, "REQUEST.INVALID"))).containsExactly("s3_key");
    }
    assertThat(fieldsOf(assertError(carrierMismatch, 422, "REQUEST.INVALID")))
        .containsExactly("carrier");
    assertThat(othersInbox.text()).doesNotContain(other.id());
  }
}
