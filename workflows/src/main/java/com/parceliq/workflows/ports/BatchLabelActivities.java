package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/** The batch label's steps: merge the purchased shipments' labels, then record the outcome. */
@ActivityInterface
public interface BatchLabelActivities {

  /**
   * Merges the labels of the batch's purchased shipments, in batch order, into one {@code format}
   * document (PDF, or ZPL when every label is ZPL) under the tenant's batch folder.
   */
  StoredDocument mergeBatchLabels(String tenantId, String batchId, String format);

  /** The batch becomes {@code label_generated} with the document; emits batch.updated. */
  void labelGenerated(String tenantId, String batchId, StoredDocument document);

  /** The batch returns to its resting state with the error that stopped the label. */
  void labelFailed(String tenantId, String batchId, String errorCode, String errorMessage);
}
