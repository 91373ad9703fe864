package com.parceliq.activities.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.activities.events.EventRecorder;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.EventEntity;
import com.parceliq.store.TenantEntity;
import com.parceliq.store.WebhookDeliveryEntity;
import com.parceliq.store.WebhookEndpointEntity;
import com.parceliq.store.crypto.CredentialSealer;
import com.parceliq.store.crypto.WebhookSecrets;
import com.parceliq.workflows.ports.DomainEvent;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Dead letters against real PostgreSQL: an endpoint's run of consecutive dead letters, ended by a
 * delivery, and the endpoint disabled (with one webhook.disabled event) when the run reaches the
 * limit. The endpoint is the tenant's only one, so the disabled notice has nowhere to go and no
 * workflow is started.
 */
@QuarkusTest
class WebhookDeadLettersIT {

  private static final int DISABLE_AFTER = 3;

  @Inject WebhookActivitiesImpl webhooks;
  @Inject WebhookDeliveryRecords records;
  @Inject EventRecorder events;
  @Inject CredentialSealer sealer;

  private String tenantId;
  private String endpointId;

  @BeforeEach
  void tenantWithOneEndpoint() {
    tenantId = Ids.newId(IdPrefix.TENANT);
    endpointId = Ids.newId(IdPrefix.WEBHOOK);
    QuarkusTransaction.requiringNew()
        .run(
            () -> {
              TenantEntity tenant = new TenantEntity();
              tenant.id = tenantId;
              tenant.name = "webhooks test";
              tenant.createdAt = Instant.now();
              tenant.persist();
              WebhookEndpointEntity endpoint = new WebhookEndpointEntity();
              endpoint.id = endpointId;
              endpoint.tenantId = tenantId;
              endpoint.url = "http://127.0.0.1:9/nowhere";
              endpoint.status = WebhookEndpointEntity.ENABLED;
              endpoint.createdAt = Instant.now();
              WebhookSecrets.seal(sealer, endpoint, "a-secret-of-sixteen-plus");
              endpoint.persist();
            });
  }

  @Test
  void deadLettersBelowTheLimitCountUpAndADeliveryEndsTheRun() {
    webhooks.deadLetter(tenantId, newDelivery(), DISABLE_AFTER);
    webhooks.deadLetter(tenantId, newDelivery(), DISABLE_AFTER);
    assertThat(endpoint().consecutiveDeadLetters).isEqualTo(2);
    assertThat(endpoint().status).isEqualTo(WebhookEndpointEntity.ENABLED);

    records.recordAttempt(
        tenantId, newDelivery(), Instant.now(), 12, new WebhookPoster.Answer(204, "", null));

    assertThat(endpoint().consecutiveDeadLetters).isZero();
    webhooks.deadLetter(tenantId, newDelivery(), DISABLE_AFTER);
    webhooks.deadLetter(tenantId, newDelivery(), DISABLE_AFTER);
    assertThat(endpoint().status).isEqualTo(WebhookEndpointEntity.ENABLED);
  }

  @Test
  void theDeadLetterThatReachesTheLimitDisablesTheEndpointWithOneEvent() {
    webhooks.deadLetter(tenantId, newDelivery(), DISABLE_AFTER);
    webhooks.deadLetter(tenantId, newDelivery(), DISABLE_AFTER);
    String last = newDelivery();

    webhooks.deadLetter(tenantId, last, DISABLE_AFTER);
    // A retried dead-letter step counts nothing twice and publishes nothing twice.
    webhooks.deadLetter(tenantId, last, DISABLE_AFTER);

    WebhookEndpointEntity endpoint = endpoint();
    assertThat(endpoint.status).isEqualTo(WebhookEndpointEntity.DISABLED);
    assertThat(endpoint.consecutiveDeadLetters).isEqualTo(DISABLE_AFTER);
    assertThat(endpoint.disabledAt).isNotNull();
    List<EventEntity> disabled =
        QuarkusTransaction.requiringNew()
            .call(
                () ->
                    EventEntity.<EventEntity>list(
                        "tenantId = ?1 and eventType = 'webhook.disabled'", tenantId));
    assertThat(disabled).hasSize(1);
    assertThat(disabled.get(0).dataJson).contains(endpointId).contains(last);
    assertThat(delivery(last).status).isEqualTo(WebhookDeliveryEntity.DEAD_LETTERED);
  }

  @Test
  void anAttemptToADisabledEndpointCancelsTheDelivery() {
    for (int i = 0; i < DISABLE_AFTER; i++) {
      webhooks.deadLetter(tenantId, newDelivery(), DISABLE_AFTER);
    }
    String pending = newDelivery();

    assertThat(webhooks.attemptDelivery(tenantId, pending))
        .isEqualTo(com.parceliq.workflows.ports.WebhookAttemptOutcome.ENDPOINT_GONE);
    assertThat(delivery(pending).status).isEqualTo(WebhookDeliveryEntity.CANCELLED);
  }

  /** A pending initial delivery of a new event to the endpoint, made without a workflow. */
  private String newDelivery() {
    String eventId =
        events.record(
            new DomainEvent(
                tenantId,
                "test:" + Ids.newId(IdPrefix.EVENT),
                "shipment.created",
                null,
                Map.of("id", "shp_test")));
    return QuarkusTransaction.requiringNew()
        .call(
            () ->
                WebhookDeliveryEntity.insertIfAbsent(
                    Ids.newId(IdPrefix.WEBHOOK_DELIVERY),
                    tenantId,
                    eventId,
                    endpointId,
                    null,
                    Instant.now()));
  }

  private WebhookEndpointEntity endpoint() {
    return QuarkusTransaction.requiringNew()
        .call(() -> WebhookEndpointEntity.ofTenant(tenantId, endpointId).orElseThrow());
  }

  private WebhookDeliveryEntity delivery(String id) {
    return QuarkusTransaction.requiringNew()
        .call(() -> WebhookDeliveryEntity.ofTenant(tenantId, id).orElseThrow());
  }
}
