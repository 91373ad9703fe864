package com.parceliq.it;

import static com.parceliq.it.support.ErrorAssertions.assertError;
import static com.parceliq.it.support.ErrorAssertions.fieldsOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.WebhookReceiver;
import com.parceliq.it.support.Webhooks;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Webhooks on the real stack, received by a local endpoint that verifies every signature and
 * timestamp as docs/webhooks.md tells merchants to. The test stack retries after 200 ms doubling to
 * 2 s (see dev-services/lib/testing.sh), so failures and an outage resolve in seconds.
 */
class WebhooksIT {

  private static final String SECRET = "whsec_it_0123456789abcdef";

  @Test
  void everyEventArrivesSignedDespiteFailedAttemptsAndAnOutageAndEachAttemptIsShown() {
    Tenant tenant = TestStack.newTenant();
    try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
      receiver.failNext(3);
      Webhooks.register(tenant, receiver, SECRET);

      List<String> first = new ArrayList<>();
      for (int i = 0; i < 3; i++) {
        first.add(Webhooks.newEvent(tenant, "webhooks-fail-" + i));
      }
      Webhooks.awaitDelivered(receiver, first);

      // The attempt is recorded right after the endpoint answers: wait for the records too.
      List<JsonNode> deliveries =
          Eventually.await(
              "three delivered deliveries",
              Webhooks.DELIVERY_WAIT,
              () ->
                  first.stream().flatMap(id -> Webhooks.deliveriesOf(tenant, id).stream()).toList(),
              shown ->
                  shown.size() == 3
                      && shown.stream()
                          .allMatch(d -> d.path("status").asText().equals("delivered")));
      List<JsonNode> attempts =
          deliveries.stream().flatMap(d -> Webhooks.attempts(d).stream()).toList();
      assertThat(attempts.stream().filter(a -> a.path("status_code").asInt() == 500))
          .hasSize(3)
          .allSatisfy(a -> assertThat(a.path("response").asText()).contains("refused"));
      assertThat(attempts.stream().filter(a -> a.path("status_code").asInt() == 204)).hasSize(3);
      assertThat(attempts)
          .allSatisfy(
              a -> {
                assertThat(a.path("latency_ms").asLong()).isNotNegative();
                assertThat(Instant.parse(a.path("started_at").asText())).isNotNull();
              });
      for (JsonNode delivery : deliveries) {
        List<JsonNode> ofOne = Webhooks.attempts(delivery);
        assertThat(ofOne.get(ofOne.size() - 1).path("status_code").asInt()).isEqualTo(204);
        assertThat(ofOne.stream().map(a -> a.path("attempt").asInt()).toList())
            .isEqualTo(java.util.stream.IntStream.rangeClosed(1, ofOne.size()).boxed().toList());
      }

      receiver.stop();
      String duringOutage = Webhooks.newEvent(tenant, "webhooks-outage");
      Eventually.await(
          "an attempt refused by the stopped endpoint",
          Webhooks.DELIVERY_WAIT,
          () -> Webhooks.deliveriesOf(tenant, duringOutage),
          shown ->
              shown.size() == 1
                  && Webhooks.attempts(shown.get(0)).stream()
                      .anyMatch(a -> a.path("error").isTextual()));
      receiver.restart();
      Webhooks.awaitDelivered(receiver, List.of(duringOutage));

      assertThat(receiver.received()).allSatisfy(d -> assertThat(d.verified()).isTrue());
      JsonNode delivered =
          Eventually.await(
              "the delivery after the outage recorded",
              Webhooks.DELIVERY_WAIT,
              () -> Webhooks.deliveriesOf(tenant, duringOutage).get(0),
              d -> d.path("status").asText().equals("delivered"));
      assertThat(Webhooks.attempts(delivered).get(0).path("status_code").isNull()).isTrue();
    }
  }

  @Test
  void theBodyIsTheEventAsTheApiShowsIt() {
    Tenant tenant = TestStack.newTenant();
    try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
      Webhooks.register(tenant, receiver, SECRET);
      String eventId = Webhooks.newEvent(tenant, "webhooks-body");
      Webhooks.awaitDelivered(receiver, List.of(eventId));

      JsonNode body = com.parceliq.it.support.Json.parse(receiver.received().get(0).text());
      JsonNode shown = tenant.get("/v1/events/" + eventId).send().expect(200);
      assertThat(body.path("id").asText()).isEqualTo(eventId);
      assertThat(body.path("type").asText()).isEqualTo("shipment.created");
      assertThat(Instant.parse(body.path("created_at").asText()))
          .isEqualTo(Instant.parse(shown.path("created_at").asText()));
      assertThat(body.path("data")).isEqualTo(shown.path("data"));
      assertThat(receiver.received().get(0).eventId()).isEqualTo(eventId);
    }
  }

  @Test
  void replayByEventIdsAndBySinceDeliversTheSameBytesAgain() {
    Tenant tenant = TestStack.newTenant();
    try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
      String webhookId = Webhooks.register(tenant, receiver, SECRET);
      Instant before = Instant.now().minusSeconds(1);
      String eventId = Webhooks.newEvent(tenant, "webhooks-replay");
      Webhooks.awaitDelivered(receiver, List.of(eventId));

      JsonNode replay = Webhooks.replayEvents(tenant, webhookId, List.of(eventId)).expect(202);
      assertThat(replay.path("id").asText()).startsWith("whr_");
      assertThat(replay.path("webhook_id").asText()).isEqualTo(webhookId);
      awaitReceivedTimes(receiver, eventId, 2);

      Webhooks.replaySince(tenant, webhookId, before.toString()).expect(202);
      awaitReceivedTimes(receiver, eventId, 3);

      List<WebhookReceiver.Delivery> ofEvent =
          receiver.received().stream().filter(d -> eventId.equals(d.eventId())).toList();
      assertThat(ofEvent).allSatisfy(d -> assertThat(d.verified()).isTrue());
      assertThat(ofEvent.stream().map(WebhookReceiver.Delivery::text).distinct()).hasSize(1);
      List<JsonNode> deliveries =
          Eventually.await(
              "three settled deliveries",
              Webhooks.DELIVERY_WAIT,
              () -> Webhooks.deliveriesOf(tenant, eventId),
              shown ->
                  shown.size() == 3
                      && shown.stream()
                          .allMatch(d -> d.path("status").asText().equals("delivered")));
      assertThat(deliveries.stream().map(d -> d.path("kind").asText()))
          .containsExactlyInAnyOrder("initial", "replay", "replay");
      assertThat(deliveries)
          .allSatisfy(d -> assertThat(d.path("webhook_id").asText()).isEqualTo(webhookId));
    }
  }

  @Test
  void aReplayMustNameEventsOfTheTenantOrAnInstantButNotBoth() {
    Tenant tenant = TestStack.newTenant();
    Tenant other = TestStack.newTenant();
    try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
      String webhookId = Webhooks.register(tenant, receiver, SECRET);
      String mine = Webhooks.newEvent(tenant, "webhooks-replay-mine");
      String theirs = Webhooks.newEvent(other, "webhooks-replay-theirs");

      JsonNode unknown =
          assertError(
              Webhooks.replayEvents(tenant, webhookId, List.of(mine, theirs, "evt_nope")),
              422,
              "REQUEST.INVALID");
      assertThat(fieldsOf(unknown)).containsExactly("event_ids[1]", "event_ids[2]");

      assertError(
          tenant
              .post("/v1/webhooks/" + webhookId + "/replay")
              .rawJson("{\"since\": \"2026-01-01T00:00:00Z\", \"event_ids\": [\"" + mine + "\"]}")
              .send(),
          422,
          "REQUEST.INVALID");
      assertError(
          tenant.post("/v1/webhooks/" + webhookId + "/replay").rawJson("{}").send(),
          422,
          "REQUEST.INVALID");
      JsonNode badSince =
          assertError(Webhooks.replaySince(tenant, webhookId, "yesterday"), 422, "REQUEST.INVALID");
      assertThat(fieldsOf(badSince)).containsExactly("since");
      assertError(
          Webhooks.replayEvents(other, webhookId, List.of(theirs)), 404, "RESOURCE.NOT_FOUND");
    }
  }

  @Test
  void aHungEndpointDoesNotDelayAHealthyOneOfTheSameTenant() {
    Tenant tenant = TestStack.newTenant();
    try (WebhookReceiver hung = WebhookReceiver.start(SECRET);
        WebhookReceiver healthy = WebhookReceiver.start(SECRET)) {
      hung.hang();
      Webhooks.register(tenant, hung, SECRET);
      Webhooks.register(tenant, healthy, SECRET);

      List<String> events = new ArrayList<>();
      for (int i = 0; i < 12; i++) {
        events.add(Webhooks.newEvent(tenant, "webhooks-hung-" + i));
      }
      Webhooks.awaitDelivered(healthy, events);

      // Every event reached the healthy endpoint while the hung one still held its requests,
      // never more at once than the per-endpoint bound (8) allows.
      assertThat(hung.received()).isNotEmpty();
      assertThat(hung.inFlight()).isPositive();
      assertThat(hung.maxInFlight()).isLessThanOrEqualTo(8);
      hung.release();
    }
  }

  @Test
  void anotherTenantsEndpointNeverGetsThisTenantsEvents() {
    Tenant tenant = TestStack.newTenant();
    Tenant other = TestStack.newTenant();
    try (WebhookReceiver mine = WebhookReceiver.start(SECRET);
        WebhookReceiver theirs = WebhookReceiver.start(SECRET)) {
      String myWebhook = Webhooks.register(tenant, mine, SECRET);
      String theirWebhook = Webhooks.register(other, theirs, SECRET);
      String mineOnly = Webhooks.newEvent(tenant, "webhooks-isolation");
      String theirsOnly = Webhooks.newEvent(other, "webhooks-isolation-other");

      Webhooks.awaitDelivered(mine, List.of(mineOnly));
      Webhooks.awaitDelivered(theirs, List.of(theirsOnly));

      assertThat(mine.received().stream().map(WebhookReceiver.Delivery::eventId))
          .containsOnly(mineOnly);
      assertThat(theirs.received().stream().map(WebhookReceiver.Delivery::eventId))
          .containsOnly(theirsOnly);
      assertError(tenant.get("/v1/webhooks/" + theirWebhook).send(), 404, "RESOURCE.NOT_FOUND");
      assertThat(other.get("/v1/webhooks").send().expect(200).path("webhooks"))
          .extracting(w -> w.path("id").asText())
          .containsExactly(theirWebhook)
          .doesNotContain(myWebhook);
    }
  }

  @Test
  void aGeneratedSecretIsShownOnceAndSignsTheDeliveries() {
    Tenant tenant = TestStack.newTenant();
    try (WebhookReceiver receiver = WebhookReceiver.start("unknown-until-registered")) {
      String key = com.parceliq.it.support.Unique.key("webhook");
      JsonNode created =
          tenant
              .post("/v1/webhooks")
              .idempotencyKey(key)
              .json(com.parceliq.it.support.Json.object().put("url", receiver.url()))
              .send()
              .expect(201);
      // The same request again is the same endpoint, and the secret is not shown a second time.
      JsonNode replayed =
          tenant
              .post("/v1/webhooks")
              .idempotencyKey(key)
              .json(com.parceliq.it.support.Json.object().put("url", receiver.url()))
              .send()
              .expect(201);
      assertThat(replayed.path("id")).isEqualTo(created.path("id"));
      assertThat(replayed.has("secret")).isFalse();
      String secret = created.path("secret").asText();
      assertThat(secret).matches("[0-9a-f]{64}");
      assertThat(created.path("status").asText()).isEqualTo("enabled");
      assertThat(created.path("object").asText()).isEqualTo("Webhook");
      receiver.secret(secret);
      String webhookId = created.path("id").asText();
      assertThat(webhookId).startsWith("whk_");

      JsonNode shown = tenant.get("/v1/webhooks/" + webhookId).send().expect(200);
      assertThat(shown.has("secret")).isFalse();
      assertThat(shown.path("url").asText()).isEqualTo(receiver.url());
      String eventId = Webhooks.newEvent(tenant, "webhooks-generated-secret");
      Webhooks.awaitDelivered(receiver, List.of(eventId));
    }
  }

  @Test
  void aDeletedEndpointGetsNoFurtherEvents() {
    Tenant tenant = TestStack.newTenant();
    try (WebhookReceiver gone = WebhookReceiver.start(SECRET);
        WebhookReceiver staying = WebhookReceiver.start(SECRET)) {
      String goneId = Webhooks.register(tenant, gone, SECRET);
      Webhooks.register(tenant, staying, SECRET);

      assertThat(tenant.delete("/v1/webhooks/" + goneId).send().status()).isEqualTo(204);
      assertError(tenant.get("/v1/webhooks/" + goneId).send(), 404, "RESOURCE.NOT_FOUND");
      String after = Webhooks.newEvent(tenant, "webhooks-after-delete");
      Webhooks.awaitDelivered(staying, List.of(after));

      assertThat(gone.received()).isEmpty();
      assertThat(Webhooks.deliveriesOf(tenant, after)).hasSize(1);
    }
  }

  @Test
  void invalidEndpointsAreRefusedWithFieldErrors() {
    Tenant tenant = TestStack.newTenant();
    for (String url :
        List.of("ftp://127.0.0.1/hook", "not a url", "https://user:pw@example.com/")) {
      JsonNode error = assertError(Webhooks.create(tenant, url, null), 422, "REQUEST.INVALID");
      assertThat(fieldsOf(error)).as(url).containsExactly("url");
    }
    JsonNode shortSecret =
        assertError(
            Webhooks.create(tenant, "http://127.0.0.1:9/hook", "short"), 422, "REQUEST.INVALID");
    assertThat(fieldsOf(shortSecret)).containsExactly("secret");
    JsonNode missing =
        assertError(tenant.post("/v1/webhooks").rawJson("{}").send(), 422, "REQUEST.INVALID");
    assertThat(fieldsOf(missing)).containsExactly("url");
  }

  private static void awaitReceivedTimes(WebhookReceiver receiver, String eventId, int times) {
    Eventually.await(
        eventId + " received " + times + " times",
        Webhooks.DELIVERY_WAIT,
        () ->
            receiver.accepted().stream().filter(d -> Objects.equals(eventId, d.eventId())).count(),
        count -> count >= times);
  }
}
