package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

/** Webhook requests of a tenant, and waiting for what its receivers get. */
public final class Webhooks {

  public static final Duration DELIVERY_WAIT = Duration.ofSeconds(60);

  private Webhooks() {}

  /** {@code POST /v1/webhooks} with the receiver's URL and secret; returns the webhook's id. */
  public static String register(Tenant tenant, WebhookReceiver receiver, String secret) {
    return create(tenant, receiver.url(), secret).expect(201).path("id").asText();
  }

  public static ApiResponse create(Tenant tenant, String url, String secret) {
    ObjectNode body = JsonNodeFactory.instance.objectNode().put("url", url);
    if (secret != null) {
      body.put("secret", secret);
    }
    return tenant.post("/v1/webhooks").json(body).send();
  }

  public static ApiResponse replayEvents(Tenant tenant, String webhookId, List<String> eventIds) {
    ArrayNode ids = JsonNodeFactory.instance.arrayNode();
    eventIds.forEach(ids::add);
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.set("event_ids", ids);
    return tenant.post("/v1/webhooks/" + webhookId + "/replay").json(body).send();
  }

  public static ApiResponse replaySince(Tenant tenant, String webhookId, String since) {
    return tenant
        .post("/v1/webhooks/" + webhookId + "/replay")
        .json(JsonNodeFactory.instance.objectNode().put("since", since))
        .send();
  }

  /** The id of the shipment.created event of a new shipment. */
  public static String newEvent(Tenant tenant, String reference) {
    String shipmentId = tenant.createShipment(reference).path("id").asText();
    return Events.awaitOne(tenant, shipmentId, "shipment.created").path("id").asText();
  }

  /** Waits until {@code receiver} has accepted a verified delivery of each of {@code eventIds}. */
  public static void awaitDelivered(WebhookReceiver receiver, List<String> eventIds) {
    Eventually.await(
        "verified deliveries of " + eventIds,
        DELIVERY_WAIT,
        receiver::accepted,
        received ->
            eventIds.stream()
                .allMatch(
                    id ->
                        received.stream()
                            .anyMatch(
                                delivery -> delivery.verified() && id.equals(delivery.eventId()))));
  }

  /** The deliveries {@code GET /v1/events/{id}} shows. */
  public static List<JsonNode> deliveriesOf(Tenant tenant, String eventId) {
    JsonNode event = tenant.get("/v1/events/" + eventId).send().expect(200);
    return StreamSupport.stream(event.path("deliveries").spliterator(), false).toList();
  }

  public static List<JsonNode> attempts(JsonNode delivery) {
    return StreamSupport.stream(delivery.path("attempts").spliterator(), false).toList();
  }
}
