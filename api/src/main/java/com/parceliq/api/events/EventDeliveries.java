package com.parceliq.api.events;

import com.parceliq.store.EventEntity;
import com.parceliq.store.WebhookAttemptEntity;
import com.parceliq.store.WebhookDeliveryEntity;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The webhook deliveries of one event and their attempts, in two queries. */
final class EventDeliveries {

  private EventDeliveries() {}

  static List<EventDeliveryDto> of(EventEntity event) {
    List<WebhookDeliveryEntity> deliveries =
        WebhookDeliveryEntity.ofEvent(event.tenantId, event.id);
    Map<String, List<EventDeliveryDto.Attempt>> attempts =
        WebhookAttemptEntity.ofDeliveries(
                event.tenantId, deliveries.stream().map(delivery -> delivery.id).toList())
            .stream()
            .collect(
                Collectors.groupingBy(
                    attempt -> attempt.deliveryId,
                    Collectors.mapping(EventDeliveries::attempt, Collectors.toList())));
    return deliveries.stream()
        .map(
            delivery ->
                new EventDeliveryDto(
                    delivery.id,
                    delivery.endpointId,
                    delivery.kind,
                    delivery.replayId,
                    delivery.status,
                    delivery.createdAt,
                    delivery.deliveredAt,
                    delivery.deadLetteredAt,
                    attempts.getOrDefault(delivery.id, List.of())))
        .toList();
  }

  private static EventDeliveryDto.Attempt attempt(WebhookAttemptEntity attempt) {
    return new EventDeliveryDto.Attempt(
        attempt.attempt,
        attempt.startedAt,
        attempt.statusCode,
        attempt.latencyMs,
        attempt.response,
        attempt.error);
  }
}
