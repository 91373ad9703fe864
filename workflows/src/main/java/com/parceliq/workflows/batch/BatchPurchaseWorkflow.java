package com.parceliq.workflows.batch;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Buys every queued shipment of a batch (id {@code batch:<tenant>:<batch>}) through a sliding
 * window, one page per run. Partial failures never fail the batch: it ends {@code purchased} or
 * {@code purchase_failed} with each shipment's own error.
 */
@WorkflowInterface
public interface BatchPurchaseWorkflow {

  @WorkflowMethod
  void run(BatchPurchase purchase);

  @QueryMethod
  BatchProgress progress();

  /** Stops new purchases; those in flight finish, the finished ones stay bought. */
  @SignalMethod
  void cancel();
}
