package com.parceliq.workflows.batch;

import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.workflows.ports.BatchItemOutcome;

/** The batch's counts as outcomes come in; what the progress query and the next run see. */
final class BatchTally {

  private long queued;
  private long purchased;
  private long failed;

  BatchTally(BatchCounts counts) {
    this.queued = counts.queuedForPurchase();
    this.purchased = counts.postagePurchased();
    this.failed = counts.postagePurchaseFailed();
  }

  void record(BatchItemOutcome outcome) {
    move(1, outcome.result() == BatchItemOutcome.Result.PURCHASED);
  }

  void failed(long count) {
    move(count, false);
  }

  BatchCounts counts() {
    return new BatchCounts(queued, purchased, failed);
  }

  private void move(long count, boolean bought) {
    queued = Math.max(0, queued - count);
    if (bought) {
      purchased += count;
    } else {
      failed += count;
    }
  }
}
