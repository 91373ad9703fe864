package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Events;
import com.parceliq.it.support.Reroutes;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Domain events through the API: every shipment change is listed once as an event of the tenant,
 * with the shipment as it was then; lists filter and page like every list; other tenants' events do
 * not exist.
 */
class EventsIT {

  @Test
  void aPurchaseIsListedOnceAfterTheCreationWithTheLabelsTrackingCode() {
    Tenant tenant = funded();
    RatedShipment rated = tenant.createRatedShipment("events-purchase");
    String buyKey = Unique.key("buy");
    JsonNode bought = tenant.buy(rated.shipmentId(), rated.cheapestRateId(), buyKey).expect(200);
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), buyKey).expect(200);

    List<JsonNode> events = Events.ofShipment(tenant, rated.shipmentId());

    assertThat(Events.types(events)).containsExactly("shipment.purchased", "shipment.created");
    JsonNode purchased = events.get(0);
    assertThat(purchased.path("object").asText()).isEqualTo("Event");
    assertThat(purchased.path("id").asText()).startsWith("evt_");
    assertThat(purchased.path("shipment_id").asText()).isEqualTo(rated.shipmentId());
    assertThat(Instant.parse(purchased.path("created_at").asText())).isNotNull();
    JsonNode data = purchased.path("data");
    assertThat(data.path("id").asText()).isEqualTo(rated.shipmentId());
    assertThat(data.path("status").asText()).isEqualTo("purchased");
    assertThat(data.path("tracking_code").asText())
        .isNotBlank()
        .isEqualTo(bought.path("tracking_code").asText());
    assertThat(data.path("carrier").asText()).isEqualTo("sandbox");
    assertThat(data.path("label_amount").asText()).matches("\\d+\\.\\d{2}");
    JsonNode created = events.get(1).path("data");
    assertThat(created.path("status").asText()).isEqualTo("created");
    assertThat(created.path("reference").asText()).isEqualTo("events-purchase");

    JsonNode shown = tenant.get("/v1/events/" + purchased.path("id").asText()).send().expect(200);
    // The single event also lists its webhook deliveries: none, without an endpoint.
    assertThat(shown.path("deliveries").isArray()).isTrue();
    assertThat(shown.path("deliveries")).isEmpty();
    com.fasterxml.jackson.databind.node.ObjectNode withoutDeliveries = shown.deepCopy();
    withoutDeliveries.remove("deliveries");
    assertThat((JsonNode) withoutDeliveries).isEqualTo(purchased);
  }

  @Test
  void aDelayedRefundIsAnnouncedAfterTheVoid() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "sbx:refund_delay=2");

    JsonNode submitted = tenant.voidLabel(shipmentId, Unique.key("void")).expect(200);
    assertThat(submitted.path("refund_status").asText()).isEqualTo("submitted");

    JsonNode refunded = Events.awaitOne(tenant, shipmentId, "shipment.refunded");
    assertThat(refunded.path("data").path("status").asText()).isEqualTo("voided");
    assertThat(refunded.path("data").path("refund_status").asText()).isEqualTo("refunded");
    List<JsonNode> voided = Events.ofShipment(tenant, shipmentId, "shipment.voided");
    assertThat(voided).hasSize(1);
    assertThat(voided.get(0).path("data").path("refund_status").asText()).isEqualTo("submitted");
    assertThat(voided.get(0).path("id").asText()).isLessThan(refunded.path("id").asText());
    assertThat(Events.ofShipment(tenant, shipmentId, "shipment.refunded")).hasSize(1);
  }

  @Test
  void aRerouteIsAnnouncedWithTheNewDestinationAndItsFee() {
    Tenant tenant = funded();
    String shipmentId = purchased(tenant, "events-reroute");
    String key = Unique.key("reroute");

    Reroutes.reroute(tenant, shipmentId, Reroutes.oakland(), key).expect(200);
    Reroutes.reroute(tenant, shipmentId, Reroutes.oakland(), key).expect(200);

    List<JsonNode> rerouted = Events.ofShipment(tenant, shipmentId, "shipment.rerouted");
    assertThat(rerouted).hasSize(1);
    JsonNode data = rerouted.get(0).path("data");
    assertThat(data.path("status").asText()).isEqualTo("rerouted");
    assertThat(data.path("to_address").path("city").asText()).isEqualTo("Oakland");
    assertThat(data.path("to_address").path("zip").asText()).isEqualTo("94607");
    assertThat(data.path("fees").path(0).path("type").asText()).isEqualTo("reroute_fee");
    assertThat(data.path("fees").path(0).path("amount").asText()).matches("\\d+\\.\\d{2}");
  }

  @Test
  void listsFilterByTypeAndByShipment() {
    Tenant tenant = funded();
    String bought = purchased(tenant, "events-filter-bought");
    String onlyCreated = tenant.createShipment("events-filter-created").path("id").asText();

    JsonNode purchasedEvents = Events.page(tenant, "type=shipment.purchased").expect(200);
    JsonNode ofOnlyCreated = Events.page(tenant, "shipment_id=" + onlyCreated).expect(200);
    JsonNode createdOfBought =
        Events.page(tenant, "type=shipment.created&shipment_id=" + bought).expect(200);

    assertThat(list(purchasedEvents))
        .extracting(event -> event.path("shipment_id").asText())
        .containsExactly(bought);
    assertThat(Events.types(list(ofOnlyCreated))).containsExactly("shipment.created");
    assertThat(list(ofOnlyCreated))
        .extracting(event -> event.path("shipment_id").asText())
        .containsExactly(onlyCreated);
    assertThat(list(createdOfBought))
        .extracting(event -> event.path("type").asText() + " " + event.path("shipment_id").asText())
        .containsExactly("shipment.created " + bought);
    assertThat(createdOfBought.path("has_more").asBoolean()).isFalse();
  }

  @Test
  void anUnknownTypeFilterIsRejectedNamingTheParameter() {
    Tenant tenant = TestStack.newTenant();

    JsonNode error =
        assertError(Events.page(tenant, "type=shipment.teleported"), 422, "REQUEST.INVALID");

    assertThat(fieldsOf(error)).containsExactly("type");
  }

  @Test
  void anotherTenantsEventDoesNotExist() {
    Tenant owner = funded();
    Tenant stranger = TestStack.newTenant();
    String shipmentId = purchased(owner, "events-isolation");
    String eventId = Events.ofShipment(owner, shipmentId).get(0).path("id").asText();

    assertError(stranger.get("/v1/events/" + eventId).send(), 404, "RESOURCE.NOT_FOUND");
    assertError(owner.get("/v1/events/evt_unknown").send(), 404, "RESOURCE.NOT_FOUND");
    assertThat(list(Events.page(stranger, "shipment_id=" + shipmentId).expect(200))).isEmpty();
    assertThat(list(Events.page(stranger, "page_size=100").expect(200))).isEmpty();
  }

  @Test
  void pageSizeAndBeforeIdWalkTheEventsNewestFirst() {
    Tenant tenant = funded();
    purchased(tenant, "events-paging-1");
    purchased(tenant, "events-paging-2");
    List<String> all = Events.ids(Events.page(tenant, "page_size=100").expect(200));
    assertThat(all).hasSize(4).isSortedAccordingTo(Comparator.reverseOrder());

    List<String> walked = new ArrayList<>();
    JsonNode page = Events.page(tenant, "page_size=3").expect(200);
    walked.addAll(Events.ids(page));
    assertThat(page.path("has_more").asBoolean()).isTrue();
    page = Events.page(tenant, "page_size=3&before_id=" + walked.get(2)).expect(200);
    walked.addAll(Events.ids(page));

    assertThat(page.path("has_more").asBoolean()).isFalse();
    assertThat(walked).isEqualTo(all);
    assertError(Events.page(tenant, "page_size=101"), 422, "REQUEST.INVALID");
  }

  @Test
  void theOpenApiDocumentDescribesTheEventEndpoints() {
    JsonNode paths = TestStack.api().get("/q/openapi?format=json").send().expect(200).path("paths");

    assertThat(paths.has("/v1/events")).isTrue();
    assertThat(paths.has("/v1/events/{id}")).isTrue();
  }

  private static Tenant funded() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    return tenant;
  }

  private static String purchased(Tenant tenant, String reference) {
    RatedShipment rated = tenant.createRatedShipment(reference);
    tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy")).expect(200);
    return rated.shipmentId();
  }

  private static List<JsonNode> list(JsonNode page) {
    List<JsonNode> events = new ArrayList<>();
    page.path("events").forEach(events::add);
    return events;
  }
}
