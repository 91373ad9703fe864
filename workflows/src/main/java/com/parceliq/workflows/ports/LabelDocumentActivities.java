package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/**
 * Builds printable documents out of stored labels (the batch label). Runs on the {@code documents}
 * task queue: a merge of thousands of labels takes minutes and disk, so it gets its own bounded
 * worker instead of competing with the shipment steps.
 */
@ActivityInterface
public interface LabelDocumentActivities {

  /**
   * Merges the labels into one document at the request's key, overwriting what a previous attempt
   * left there, and heartbeats the count of labels merged so far. Labels that cannot go into the
   * format (a PNG or PDF label into ZPL) fail with non-retryable {@code REQUEST.INVALID}.
   */
  StoredDocument mergeLabels(LabelMerge request);
}
