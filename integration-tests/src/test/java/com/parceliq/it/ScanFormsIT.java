package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Events;
import com.parceliq.it.support.ScanFormRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Scan forms (manifests) through the API on the real stack, with the sandbox carrier. */
class ScanFormsIT {

  @Test
  void purchasedShipmentsAreManifestedIntoOneStoredPdfAndAnnounced() {
    Tenant tenant = funded();
    String first = ScanFormRequests.purchased(tenant, "scan-form-1");
    String second = ScanFormRequests.purchased(tenant, "scan-form-2");

    JsonNode created =
        ScanFormRequests.create(tenant, List.of(first, second), Unique.key("sf")).expect(201);

    String id = created.path("id").asText();
    assertThat(id).startsWith("sf_");
    assertThat(created.path("status").asText()).isEqualTo("created");
    assertThat(created.path("carrier").asText()).isEqualTo("sandbox");
    assertThat(texts(created.path("shipments"))).containsExactly(first, second);
    assertThat(texts(created.path("tracking_codes")))
        .containsExactly(trackingCode(tenant, first), trackingCode(tenant, second));
    assertThat(created.path("form_file_type").asText()).isEqualTo("application/pdf");

    JsonNode fetched = ScanFormRequests.get(tenant, id).expect(200);
    assertThat(fetched.path("status").asText()).isEqualTo("created");
    assertThat(texts(fetched.path("shipments"))).containsExactly(first, second);
    assertThat(fetched.path("created_at").asText()).isNotBlank();
    ApiResponse form =
        TestStack.api().absolute("GET", URI.create(fetched.path("form_url").asText())).send();
    assertThat(form.status()).as("form download %s", form).isEqualTo(200);
    assertThat(new String(Arrays.copyOf(form.bytes(), 4), StandardCharsets.US_ASCII))
        .isEqualTo("%PDF");

    List<JsonNode> announced = new ArrayList<>();
    Events.page(tenant, "type=scan_form.created")
        .expect(200)
        .path("events")
        .forEach(announced::add);
    assertThat(announced).hasSize(1);
    assertThat(announced.getFirst().path("data").path("id").asText()).isEqualTo(id);
    assertThat(texts(announced.getFirst().path("data").path("shipments")))
        .containsExactly(first, second);
  }

  @Test
  void retryWithTheSameKeyReturnsTheSameScanForm() {
    Tenant tenant = funded();
    String shipment = ScanFormRequests.purchased(tenant, "scan-form-retry");
    String key = Unique.key("sf");

    JsonNode created = ScanFormRequests.create(tenant, List.of(shipment), key).expect(201);
    ApiResponse again = ScanFormRequests.create(tenant, List.of(shipment), key);

    assertThat(again.status()).isEqualTo(201);
    assertThat(again.json().path("id").asText()).isEqualTo(created.path("id").asText());
  }

  @Test
  void aShipmentAlreadyOnAScanFormIsRefusedForAnother() {
    Tenant tenant = funded();
    String onForm = ScanFormRequests.purchased(tenant, "scan-form-taken");
    String fresh = ScanFormRequests.purchased(tenant, "scan-form-fresh");
    ScanFormRequests.create(tenant, List.of(onForm), Unique.key("sf")).expect(201);

    JsonNode error =
        assertError(
            ScanFormRequests.create(tenant, List.of(fresh, onForm), Unique.key("sf")),
            422,
            "SCAN_FORM.INVALID_SHIPMENTS");

    assertThat(fieldsOf(error)).containsExactly("shipments[1]");
    assertThat(error.path("errors").get(0).path("message").asText()).contains("scan form");
    // Nothing was claimed: the fresh shipment can still go on a scan form of its own.
    ScanFormRequests.create(tenant, List.of(fresh), Unique.key("sf")).expect(201);
  }

  @Test
  void aVoidedShipmentIsRefused() {
    Tenant tenant = funded();
    String voided = ScanFormRequests.purchased(tenant, "scan-form-voided");
    tenant.voidLabel(voided, Unique.key("void")).expect(200);

    JsonNode error =
        assertError(
            ScanFormRequests.create(tenant, List.of(voided), Unique.key("sf")),
            422,
            "SCAN_FORM.INVALID_SHIPMENTS");

    assertThat(fieldsOf(error)).containsExactly("shipments[0]");
    assertThat(error.path("errors").get(0).path("message").asText()).contains("voided");
  }

  @Test
  void anUnpurchasedShipmentIsRefused() {
    Tenant tenant = funded();
    String rated = tenant.createRatedShipment("scan-form-rated").shipmentId();

    JsonNode error =
        assertError(
            ScanFormRequests.create(tenant, List.of(rated), Unique.key("sf")),
            422,
            "SCAN_FORM.INVALID_SHIPMENTS");

    assertThat(fieldsOf(error)).containsExactly("shipments[0]");
  }

  @Test
  void anotherTenantsShipmentsAndScanFormsAreUnknown() {
    Tenant owner = funded();
    Tenant other = funded();
    String shipment = ScanFormRequests.purchased(owner, "scan-form-owner");
    String scanFormId =
        ScanFormRequests.create(owner, List.of(shipment), Unique.key("sf"))
            .expect(201)
            .path("id")
            .asText();
    String otherShipment = ScanFormRequests.purchased(other, "scan-form-other");

    assertError(ScanFormRequests.get(other, scanFormId), 404, "RESOURCE.NOT_FOUND");
    JsonNode error =
        assertError(
            ScanFormRequests.create(other, List.of(otherShipment, shipment), Unique.key("sf")),
            422,
            "SCAN_FORM.INVALID_SHIPMENTS");
    assertThat(fieldsOf(error)).containsExactly("shipments[1]");
    assertThat(error.path("errors").get(0).path("message").asText())
        .isEqualTo("no shipment with id " + shipment);
  }

  @Test
  void malformedRequestsAreRefusedInTheErrorShape() {
    Tenant tenant = funded();

    assertError(
        tenant.post("/v1/scan_forms").rawJson("{\"shipments\": [").send(),
        400,
        "REQUEST.MALFORMED");
    JsonNode empty =
        assertError(
            ScanFormRequests.create(tenant, List.of(), Unique.key("sf")), 422, "REQUEST.INVALID");
    assertThat(fieldsOf(empty)).containsExactly("shipments");
    JsonNode notAnId =
        assertError(
            ScanFormRequests.create(tenant, List.of("order-1"), Unique.key("sf")),
            422,
            "REQUEST.INVALID");
    assertThat(fieldsOf(notAnId)).containsExactly("shipments[0]");
    JsonNode twice =
        assertError(
            ScanFormRequests.create(tenant, List.of("shp_1", "shp_1"), Unique.key("sf")),
            422,
            "REQUEST.INVALID");
    assertThat(fieldsOf(twice)).containsExactly("shipments[1]");
    assertError(ScanFormRequests.get(tenant, "sf_unknown"), 404, "RESOURCE.NOT_FOUND");
  }

  private static Tenant funded() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    return tenant;
  }

  private static String trackingCode(Tenant tenant, String shipmentId) {
    return tenant.shipment(shipmentId).path("tracking_code").asText();
  }

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(value -> values.add(value.asText()));
    return values;
  }
}
