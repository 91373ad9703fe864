package com.parceliq.activities.batch;

import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.domain.batch.BatchShipmentStatus;
import com.parceliq.domain.batch.BatchState;
import com.parceliq.store.BatchEntity;
import com.parceliq.store.BatchShipments;
import com.parceliq.workflows.ports.BatchItemOutcome;
import com.parceliq.workflows.ports.QueuedShipment;
import com.parceliq.workflows.ports.StoredDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The batch purchase's database side, one short transaction per call. */
@ApplicationScoped
public class BatchRecords {

  private static final int KEY_PAGE = 1_000;

  @Transactional
  public List<QueuedShipment> queuedAfter(
      String tenantId, String batchId, long afterPosition, int limit) {
    return BatchShipments.queuedAfter(tenantId, batchId, afterPosition, limit).stream()
        .map(queued -> new QueuedShipment(queued.shipmentId(), queued.position()))
        .toList();
  }

  /** The purchased shipments' label keys in batch order, read a page at a time. */
  @Transactional
  public List<String> labelKeys(String tenantId, String batchId) {
    List<String> keys = new ArrayList<>();
    long after = 0;
    while (true) {
      List<BatchShipments.StoredLabel> page =
          BatchShipments.labelsAfter(tenantId, batchId, after, KEY_PAGE);
      page.forEach(label -> keys.add(label.key()));
      if (page.size() < KEY_PAGE) {
        return keys;
      }
      after = page.get(page.size() - 1).position();
    }
  }

  @Transactional
  public void record(String tenantId, String batchId, BatchItemOutcome outcome) {
    BatchShipmentStatus status =
        outcome.result() == BatchItemOutcome.Result.PURCHASED
            ? BatchShipmentStatus.POSTAGE_PURCHASED
            : BatchShipmentStatus.POSTAGE_PURCHASE_FAILED;
    BatchShipments.markOutcome(
        tenantId,
        batchId,
        outcome.shipmentId(),
        status,
        outcome.errorCode(),
        outcome.errorMessage());
  }

  @Transactional
  public int failQueued(String tenantId, String batchId, String errorCode, String message) {
    return BatchShipments.failQueued(tenantId, batchId, errorCode, message);
  }

  /** Where a batch's purchase round ended: its state and counts, as recorded. */
  public record FinishedRound(String state, BatchCounts counts) {}

  /**
   * Moves a purchasing batch to its resting state. Repeating it (a retried activity) finds the
   * batch no longer purchasing and changes nothing.
   */
  @Transactional
  public FinishedRound finish(String tenantId, String batchId) {
    BatchCounts counts = BatchShipments.counts(tenantId, batchId);
    BatchEntity batch = locked(tenantId, batchId);
    if (BatchState.PURCHASING.wireName().equals(batch.state)) {
      batch.state = counts.restingState().wireName();
      batch.updatedAt = Instant.now();
    }
    return new FinishedRound(batch.state, counts);
  }

  /** Records the merged label of a generating batch; returns the batch's state. */
  @Transactional
  public String labelGenerated(String tenantId, String batchId, StoredDocument document) {
    BatchEntity batch = locked(tenantId, batchId);
    if (BatchState.LABEL_GENERATING.wireName().equals(batch.state)) {
      batch.state = BatchState.LABEL_GENERATED.wireName();
      batch.labelBucket = document.bucket();
      batch.labelKey = document.key();
      batch.labelFormat = document.format();
      batch.updatedAt = Instant.now();
    }
    return batch.state;
  }

  static BatchEntity locked(String tenantId, String batchId) {
    return BatchEntity.lockedOfTenant(tenantId, batchId)
        .orElseThrow(() -> new IllegalStateException("batch " + batchId + " is not recorded"));
  }
}
