package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** {@code GET /v1/events} and {@code GET /v1/events/{id}} as one tenant sees them. */
public final class Events {

  private Events() {}

  /** One page: {@code query} is the query string without {@code ?} (may be empty). */
  public static ApiResponse page(Tenant tenant, String query) {
    return tenant.get("/v1/events" + (query.isEmpty() ? "" : "?" + query)).send();
  }

  /** Every event of one shipment, newest first, following {@code has_more} pages. */
  public static List<JsonNode> ofShipment(Tenant tenant, String shipmentId) {
    List<JsonNode> events = new ArrayList<>();
    String query = "page_size=100&shipment_id=" + shipmentId;
    while (true) {
      String beforeId = events.isEmpty() ? null : events.get(events.size() - 1).path("id").asText();
      JsonNode page =
          page(tenant, beforeId == null ? query : query + "&before_id=" + beforeId).expect(200);
      page.path("events").forEach(events::add);
      if (!page.path("has_more").asBoolean(false) || page.path("events").isEmpty()) {
        return events;
      }
    }
  }

  /** The shipment's events of {@code type}. */
  public static List<JsonNode> ofShipment(Tenant tenant, String shipmentId, String type) {
    return ofShipment(tenant, shipmentId).stream()
        .filter(event -> event.path("type").asText().equals(type))
        .toList();
  }

  /**
   * Waits until the shipment has an event of {@code type}, which follows a later carrier answer.
   */
  public static JsonNode awaitOne(Tenant tenant, String shipmentId, String type) {
    return Eventually.await(
            "a " + type + " event of " + shipmentId,
            Duration.ofSeconds(30),
            () -> ofShipment(tenant, shipmentId, type),
            events -> !events.isEmpty())
        .get(0);
  }

  public static List<String> types(List<JsonNode> events) {
    return events.stream().map(event -> event.path("type").asText()).toList();
  }

  public static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.path("events").forEach(event -> ids.add(event.path("id").asText()));
    return ids;
  }
}
