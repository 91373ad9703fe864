package com.parceliq.activities.webhooks;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.EventEntity;
import com.parceliq.store.WebhookDeliveryEntity;
import com.parceliq.store.WebhookReplayEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/** The database side of a replay: its events page by page, oldest first, and their deliveries. */
@ApplicationScoped
public class ReplayRecords {

  static final int PAGE = 200;

  /** One page's deliveries, and the last event id it covered (null: nothing left). */
  public record Page(List<String> deliveryIds, String lastEventId) {}

  /**
   * The replay deliveries of the events after {@code afterEventId} (the heartbeat's cursor), one
   * per (replay, event) however often a page is retried.
   */
  @Transactional
  public Page nextPage(String tenantId, String replayId, String afterEventId) {
    WebhookReplayEntity replay = WebhookReplayEntity.ofTenant(tenantId, replayId).orElseThrow();
    List<String> eventIds = selectedEvents(replay, afterEventId);
    if (eventIds.isEmpty()) {
      return new Page(List.of(), null);
    }
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    List<String> deliveries = new ArrayList<>(eventIds.size());
    for (String eventId : eventIds) {
      deliveries.add(
          WebhookDeliveryEntity.insertIfAbsent(
              Ids.newId(IdPrefix.WEBHOOK_DELIVERY),
              tenantId,
              eventId,
              replay.endpointId,
              replayId,
              now));
    }
    return new Page(deliveries, eventIds.get(eventIds.size() - 1));
  }

  @Transactional
  public int complete(String tenantId, String replayId) {
    WebhookReplayEntity replay = WebhookReplayEntity.ofTenant(tenantId, replayId).orElseThrow();
    replay.deliveries =
        (int) WebhookDeliveryEntity.count("tenantId = ?1 and replayId = ?2", tenantId, replayId);
    if (WebhookReplayEntity.RUNNING.equals(replay.status)) {
      replay.status = WebhookReplayEntity.COMPLETED;
      replay.completedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    }
    return replay.deliveries;
  }

  /**
   * Events named by the replay (checked to be the tenant's when it was asked for), or the tenant's
   * events since its instant, ids ascending after the cursor.
   */
  private static List<String> selectedEvents(WebhookReplayEntity replay, String after) {
    String cursor = after == null ? "" : after;
    if (replay.eventIds != null) {
      return replay.eventIds.stream()
          .sorted()
          .distinct()
          .filter(id -> id.compareTo(cursor) > 0)
          .limit(PAGE)
          .toList();
    }
    return EventEntity.find(
            "tenantId = ?1 and createdAt >= ?2 and id > ?3 order by id",
            replay.tenantId,
            replay.since,
            cursor)
        .page(0, PAGE)
        .<EventEntity>list()
        .stream()
        .map(event -> event.id)
        .toList();
  }
}
