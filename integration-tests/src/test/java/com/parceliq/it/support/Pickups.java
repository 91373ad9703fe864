package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** {@code /v1/pickups} as one tenant calls it. */
public final class Pickups {

  private Pickups() {}

  /** A pickup of {@code shipmentIds} at the sender's warehouse, tomorrow morning. */
  public static ObjectNode request(List<String> shipmentIds) {
    Instant start = Instant.now().plus(Duration.ofDays(1)).truncatedTo(ChronoUnit.SECONDS);
    ObjectNode body = Json.object();
    body.set(
        "address",
        ShipmentRequests.address(
            "EasyPost", "417 Montgomery Street", "San Francisco", "CA", "94104"));
    body.put("min_datetime", start.toString());
    body.put("max_datetime", start.plus(Duration.ofHours(3)).toString());
    ArrayNode shipments = body.putArray("shipments");
    shipmentIds.forEach(shipments::add);
    body.put("instructions", "Ring at the loading dock");
    body.put("reference", Unique.key("pickup"));
    return body;
  }

  public static ApiResponse create(Tenant tenant, ObjectNode body) {
    return tenant.post("/v1/pickups").json(body).send();
  }

  public static ApiResponse buy(
      Tenant tenant, String pickupId, String carrier, String service, String key) {
    return tenant
        .post("/v1/pickups/" + pickupId + "/buy")
        .idempotencyKey(key)
        .json(Json.object().put("carrier", carrier).put("service", service))
        .send();
  }

  public static ApiResponse cancel(Tenant tenant, String pickupId, String key) {
    return tenant.post("/v1/pickups/" + pickupId + "/cancel").idempotencyKey(key).send();
  }

  public static ApiResponse get(Tenant tenant, String pickupId) {
    return tenant.get("/v1/pickups/" + pickupId).send();
  }

  /** The pickup's ledger entries, newest first (a pickup has a handful). */
  public static List<JsonNode> ledgerEntries(Tenant tenant, String pickupId) {
    List<JsonNode> entries = new ArrayList<>();
    tenant
        .get("/v1/ledger?page_size=100&pickup_id=" + pickupId)
        .send()
        .expect(200)
        .path("ledger_entries")
        .forEach(entries::add);
    return entries;
  }

  /** The tenant's {@code pickup.scheduled} events about {@code pickupId}. */
  public static List<JsonNode> scheduledEvents(Tenant tenant, String pickupId) {
    List<JsonNode> events = new ArrayList<>();
    Events.page(tenant, "page_size=100&type=pickup.scheduled")
        .expect(200)
        .path("events")
        .forEach(
            event -> {
              if (event.path("data").path("id").asText().equals(pickupId)) {
                events.add(event);
              }
            });
    return events;
  }
}
