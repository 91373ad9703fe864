package com.parceliq.activities.webhooks;

import com.parceliq.activities.metrics.AfterCommit;
import com.parceliq.activities.metrics.WebhookMetrics;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.EventEntity;
import com.parceliq.store.WebhookAttemptEntity;
import com.parceliq.store.WebhookDeliveryEntity;
import com.parceliq.store.WebhookEndpointEntity;
import com.parceliq.store.crypto.CredentialSealer;
import com.parceliq.store.crypto.WebhookSecrets;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The database side of webhook deliveries, each method one short transaction: never held open
 * across the HTTP call to an endpoint.
 */
@ApplicationScoped
public class WebhookDeliveryRecords {

  @Inject CredentialSealer sealer;
  @Inject WebhookMetrics metrics;
  @Inject AfterCommit afterCommit;

  /** Where and what to deliver, or why nothing is to be delivered. */
  public sealed interface Next {}

  /** The delivery is settled already, or its endpoint is gone (then it is now cancelled). */
  public record Settled(boolean delivered) implements Next {}

  /** An attempt to make: the endpoint, its secret, the event's body and correlation id. */
  public record Target(
      String endpointId,
      String url,
      String secret,
      String eventId,
      String correlationId,
      byte[] body)
      implements Next {
    @Override
    public String toString() {
      return "Target[" + endpointId + ", " + url + ", " + eventId + "]";
    }
  }

  /** A webhook endpoint that the last dead letter disabled. */
  public record Disabled(String endpointId, String url, String deliveryId, int deadLetters) {}

  /** The initial delivery of the event to each enabled endpoint of the tenant, made once. */
  @Transactional
  public List<String> initialDeliveries(String tenantId, String eventId) {
    List<WebhookEndpointEntity> endpoints = WebhookEndpointEntity.enabledOfTenant(tenantId);
    List<String> deliveries = new ArrayList<>(endpoints.size());
    Instant now = now();
    for (WebhookEndpointEntity endpoint : endpoints) {
      deliveries.add(
          WebhookDeliveryEntity.insertIfAbsent(
              Ids.newId(IdPrefix.WEBHOOK_DELIVERY), tenantId, eventId, endpoint.id, null, now));
    }
    return deliveries;
  }

  @Transactional
  public Next next(String tenantId, String deliveryId) {
    WebhookDeliveryEntity delivery =
        WebhookDeliveryEntity.ofTenant(tenantId, deliveryId)
            .orElseThrow(() -> new IllegalStateException("no delivery " + deliveryId));
    if (!delivery.isPending()) {
      return new Settled(WebhookDeliveryEntity.DELIVERED.equals(delivery.status));
    }
    WebhookEndpointEntity endpoint =
        WebhookEndpointEntity.ofTenant(tenantId, delivery.endpointId).orElseThrow();
    if (!endpoint.accepts()) {
      delivery.status = WebhookDeliveryEntity.CANCELLED;
      String kind = delivery.kind;
      afterCommit.run(() -> metrics.cancelled(kind));
      return new Settled(false);
    }
    EventEntity event = EventEntity.findForTenant(tenantId, delivery.eventId).orElseThrow();
    String secret = WebhookSecrets.open(sealer, endpoint);
    return new Target(
        endpoint.id, endpoint.url, secret, event.id, event.correlationId, WebhookBody.of(event));
  }

  /**
   * Records one attempt; a 2xx settles the delivery and ends the endpoint's run of dead letters.
   */
  @Transactional
  public void recordAttempt(
      String tenantId,
      String deliveryId,
      Instant startedAt,
      long latencyMs,
      WebhookPoster.Answer answer) {
    WebhookDeliveryEntity delivery =
        WebhookDeliveryEntity.ofTenant(tenantId, deliveryId).orElseThrow();
    delivery.attempts++;
    WebhookAttemptEntity attempt = new WebhookAttemptEntity();
    attempt.deliveryId = deliveryId;
    attempt.attempt = delivery.attempts;
    attempt.tenantId = tenantId;
    attempt.startedAt = startedAt.truncatedTo(ChronoUnit.MICROS);
    attempt.statusCode = answer.statusCode();
    attempt.latencyMs = latencyMs;
    attempt.response = answer.excerpt();
    attempt.error = answer.error();
    attempt.persist();
    Integer statusCode = answer.statusCode();
    afterCommit.run(() -> metrics.attempted(statusCode));
    if (answer.isSuccess() && delivery.isPending()) {
      delivery.status = WebhookDeliveryEntity.DELIVERED;
      delivery.deliveredAt = now();
      countDelivered(tenantId, delivery);
      // Only when there is a run to end: most deliveries find 0 and write nothing.
      WebhookEndpointEntity.update(
          "consecutiveDeadLetters = 0 where tenantId = ?1 and id = ?2"
              + " and consecutiveDeadLetters <> 0",
          tenantId,
          delivery.endpointId);
    }
  }

  /**
   * Dead-letters the delivery once (a retried call changes nothing more) and counts it against its
   * endpoint. Returns the endpoint when this dead letter disabled it, also on a retry of the call
   * that did, so its event is published even if the first call died before publishing.
   */
  @Transactional
  public Optional<Disabled> deadLetter(String tenantId, String deliveryId, int disableAfter) {
    WebhookDeliveryEntity delivery =
        WebhookDeliveryEntity.ofTenant(tenantId, deliveryId).orElseThrow();
    WebhookEndpointEntity endpoint =
        WebhookEndpointEntity.lockedOfTenant(tenantId, delivery.endpointId).orElseThrow();
    if (delivery.isPending()) {
      String kind = delivery.kind;
      afterCommit.run(() -> metrics.deadLettered(kind));
      delivery.status = WebhookDeliveryEntity.DEAD_LETTERED;
      delivery.deadLetteredAt = now();
      endpoint.consecutiveDeadLetters++;
      if (endpoint.accepts() && endpoint.consecutiveDeadLetters >= disableAfter) {
        endpoint.status = WebhookEndpointEntity.DISABLED;
        endpoint.disabledAt = now();
        endpoint.disabledByDeliveryId = deliveryId;
      }
    }
    if (deliveryId.equals(endpoint.disabledByDeliveryId)) {
      return Optional.of(
          new Disabled(endpoint.id, endpoint.url, deliveryId, endpoint.consecutiveDeadLetters));
    }
    return Optional.empty();
  }

  /** The lag runs from the event's creation, the moment its fact happened, to this delivery. */
  private void countDelivered(String tenantId, WebhookDeliveryEntity delivery) {
    Instant created = EventEntity.findForTenant(tenantId, delivery.eventId).orElseThrow().createdAt;
    Duration lag = Duration.between(created, delivery.deliveredAt);
    String kind = delivery.kind;
    afterCommit.run(() -> metrics.delivered(kind, lag));
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }
}
