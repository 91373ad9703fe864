package com.parceliq.workflows.batch;

import com.parceliq.domain.ErrorCode;
import com.parceliq.workflows.ports.BatchItem;
import com.parceliq.workflows.ports.BatchPurchaseActivities;
import com.parceliq.workflows.ports.QueuedShipment;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.workflow.Workflow;
import java.util.List;

public class BatchPurchaseWorkflowImpl implements BatchPurchaseWorkflow {

  private final BatchPurchaseActivities steps =
      Workflow.newActivityStub(BatchPurchaseActivities.class, ActivityPolicies.batchSteps());
  private final BatchPurchaseActivities purchases =
      Workflow.newActivityStub(BatchPurchaseActivities.class, ActivityPolicies.batchPurchases());

  private BatchTally tally;
  private PurchaseWindow window;
  private StopReason stopReason;

  @Override
  public void run(BatchPurchase purchase) {
    tally = new BatchTally(purchase.counts());
    window =
        new PurchaseWindow(
            purchases, purchase.limits(), tally, () -> stopReason != null, this::stop);
    int pageSize = purchase.limits().pageSize();
    List<QueuedShipment> page =
        steps.queuedAfter(
            purchase.tenantId(), purchase.batchId(), purchase.afterPosition(), pageSize);
    if (!page.isEmpty()) {
      window.run(page.stream().map(queued -> item(purchase, queued)).toList());
      if (page.size() == pageSize && stopReason == null) {
        // The next page starts on a fresh history; the window drains first, so nothing in flight
        // is carried over.
        long after = page.get(page.size() - 1).position();
        Workflow.continueAsNew(purchase.next(after, tally.counts()));
      }
    }
    if (stopReason != null) {
      tally.failed(
          steps.failQueued(
              purchase.tenantId(),
              purchase.batchId(),
              stopReason.errorCode(),
              stopReason.message()));
    }
    steps.finish(purchase.tenantId(), purchase.batchId(), purchase.round());
  }

  @Override
  public BatchProgress progress() {
    return new BatchProgress(
        tally == null ? null : tally.counts(), window == null ? 0 : window.inFlight());
  }

  @Override
  public void cancel() {
    stop(
        new StopReason(
            ErrorCode.BATCH_CANCELLED.code(),
            "not bought: the batch purchase was cancelled first"));
  }

  /** The first reason to stop is the one the rest of the batch fails with. */
  private void stop(StopReason reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }

  private static BatchItem item(BatchPurchase purchase, QueuedShipment queued) {
    return new BatchItem(
        purchase.tenantId(),
        purchase.batchId(),
        queued.shipmentId(),
        queued.position(),
        purchase.purchaseKey(queued.shipmentId()),
        purchase.carrier(),
        purchase.service());
  }
}
