package com.parceliq.activities.batch;

import com.parceliq.domain.EventType;
import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;

/**
 * A batch's {@code batch.updated} events. Emitted after the state change's transaction commits, so
 * the event's webhook fan-out happens inside the activity: a retried activity emits again, which
 * records nothing new and makes any delivery a crash left unmade.
 */
@ApplicationScoped
public class BatchEvents {

  @Inject EventActivities events;

  void purchaseRound(String tenantId, String batchId, int round, String state, BatchCounts counts) {
    events.emit(
        new DomainEvent(
            tenantId,
            "batch:" + batchId + ":purchase:" + round,
            EventType.BATCH_UPDATED.wireName(),
            null,
            Map.of(
                "id",
                batchId,
                "state",
                state,
                "num_shipments",
                String.valueOf(counts.total()),
                "status",
                Map.of(
                    "queued_for_purchase", String.valueOf(counts.queuedForPurchase()),
                    "postage_purchased", String.valueOf(counts.postagePurchased()),
                    "postage_purchase_failed", String.valueOf(counts.postagePurchaseFailed())))));
  }

  void labelGenerated(String tenantId, String batchId, String state, StoredDocument document) {
    events.emit(
        new DomainEvent(
            tenantId,
            "batch:" + batchId + ":label:" + document.sha256(),
            EventType.BATCH_UPDATED.wireName(),
            null,
            Map.of(
                "id",
                batchId,
                "state",
                state,
                "label_format",
                document.format(),
                "label_pages",
                String.valueOf(document.pages()))));
  }
}
