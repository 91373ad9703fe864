package com.parceliq.activities.webhooks;

import com.parceliq.domain.EventType;
import com.parceliq.domain.webhooks.WebhookUrlPolicy;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.WebhookActivities;
import com.parceliq.workflows.ports.WebhookAttemptOutcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One delivery attempt: through the endpoint's gate, the URL checked again (its name may point
 * elsewhere now), signed, POSTed, recorded. The database work happens in short transactions around
 * the call, never across it.
 */
@ApplicationScoped
public class WebhookActivitiesImpl implements WebhookActivities {

  @Inject WebhookDeliveryRecords records;
  @Inject WebhookPoster poster;
  @Inject EndpointGates gates;
  @Inject WebhookSettings settings;
  @Inject EventActivities events;

  @Override
  public WebhookAttemptOutcome attemptDelivery(String tenantId, String deliveryId) {
    WebhookDeliveryRecords.Next next = records.next(tenantId, deliveryId);
    if (next instanceof WebhookDeliveryRecords.Settled settled) {
      return settled.delivered()
          ? WebhookAttemptOutcome.DELIVERED
          : WebhookAttemptOutcome.ENDPOINT_GONE;
    }
    WebhookDeliveryRecords.Target target = (WebhookDeliveryRecords.Target) next;
    if (!gates.tryEnter(target.endpointId())) {
      return WebhookAttemptOutcome.THROTTLED;
    }
    try {
      return attempt(tenantId, deliveryId, target);
    } finally {
      gates.leave(target.endpointId());
    }
  }

  private WebhookAttemptOutcome attempt(
      String tenantId, String deliveryId, WebhookDeliveryRecords.Target target) {
    Instant startedAt = Instant.now();
    long started = System.nanoTime();
    WebhookPoster.Answer answer =
        WebhookUrlPolicy.of(settings.allowPrivateUrls())
            .refusal(target.url())
            .map(refusal -> new WebhookPoster.Answer(null, null, "URL refused: " + refusal))
            .orElseGet(() -> post(target));
    long latencyMs = (System.nanoTime() - started) / 1_000_000;
    records.recordAttempt(tenantId, deliveryId, startedAt, latencyMs, answer);
    return answer.isSuccess() ? WebhookAttemptOutcome.DELIVERED : WebhookAttemptOutcome.FAILED;
  }

  private WebhookPoster.Answer post(WebhookDeliveryRecords.Target target) {
    // Signed just before sending: the receiver's 5-minute tolerance runs from here.
    long timestamp = Instant.now().getEpochSecond();
    String signature = WebhookSignature.sign(target.secret(), timestamp, target.body());
    return poster.post(
        target.url(),
        target.eventId(),
        target.correlationId(),
        timestamp,
        signature,
        target.body());
  }

  @Override
  public void deadLetter(String tenantId, String deliveryId, int disableAfter) {
    Optional<WebhookDeliveryRecords.Disabled> disabled =
        records.deadLetter(tenantId, deliveryId, disableAfter);
    // After the commit: the event's fan-out must already see the endpoint disabled, so the
    // notice goes to the tenant's other endpoints only.
    disabled.ifPresent(endpoint -> events.emit(disabledEvent(tenantId, endpoint)));
  }

  private static DomainEvent disabledEvent(
      String tenantId, WebhookDeliveryRecords.Disabled endpoint) {
    Map<String, Object> data = new LinkedHashMap<>();
    data.put("object", "Webhook");
    data.put("id", endpoint.endpointId());
    data.put("url", endpoint.url());
    data.put("status", "disabled");
    data.put("consecutive_dead_letters", Integer.toString(endpoint.deadLetters()));
    data.put("last_delivery_id", endpoint.deliveryId());
    return new DomainEvent(
        tenantId,
        // One fact per disabling: a replay re-enables the endpoint, and a later run of dead
        // letters disables it again with a new event.
        "webhook:" + endpoint.endpointId() + ":disabled:" + endpoint.deliveryId(),
        EventType.WEBHOOK_DISABLED.wireName(),
        null,
        data);
  }
}
