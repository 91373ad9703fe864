package com.parceliq.workflows;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.address.AddressValidationWorkflowImpl;
import com.parceliq.workflows.archival.ArchivalWorkflowImpl;
import com.parceliq.workflows.batch.BatchLabelWorkflowImpl;
import com.parceliq.workflows.batch.BatchPurchaseWorkflowImpl;
import com.parceliq.workflows.pickup.PickupWorkflowImpl;
import com.parceliq.workflows.reconciliation.ReconciliationInboxWorkflowImpl;
import com.parceliq.workflows.reconciliation.ReconciliationWorkflowImpl;
import com.parceliq.workflows.scanform.ScanFormWorkflowImpl;
import com.parceliq.workflows.shipment.ShipmentWorkflowImpl;
import com.parceliq.workflows.tracking.TrackingPollWorkflowImpl;
import com.parceliq.workflows.wallet.LedgerAdjustmentWorkflowImpl;
import com.parceliq.workflows.wallet.WalletDepositWorkflowImpl;
import com.parceliq.workflows.webhooks.WebhookDeliveryWorkflowImpl;
import com.parceliq.workflows.webhooks.WebhookReplayWorkflowImpl;
import java.util.List;

/**
 * Which workflow implementations run on which task queue. The workers application registers exactly
 * this list, so adding a workflow is a change here and nowhere else.
 */
public final class WorkflowRegistrations {

  /** The workflow implementation classes one worker on {@code taskQueue} hosts. */
  public record Registration(String taskQueue, List<Class<?>> implementations) {
    public Registration {
      implementations = List.copyOf(implementations);
    }
  }

  private static final List<Registration> ALL =
      List.of(
          new Registration(
              TaskQueues.SHIPPING,
              List.of(
                  ShipmentWorkflowImpl.class,
                  WalletDepositWorkflowImpl.class,
                  LedgerAdjustmentWorkflowImpl.class,
                  AddressValidationWorkflowImpl.class,
                  BatchPurchaseWorkflowImpl.class,
                  BatchLabelWorkflowImpl.class,
                  ScanFormWorkflowImpl.class,
                  PickupWorkflowImpl.class,
                  TrackingPollWorkflowImpl.class)),
          // Deliveries run their attempts locally on the worker of this queue, apart from the
          // shipment workflows: a flood of retries never takes their workflow slots.
          new Registration(
              TaskQueues.WEBHOOKS,
              List.of(WebhookDeliveryWorkflowImpl.class, WebhookReplayWorkflowImpl.class)),
          // Archival runs for hours once a day: its own worker, so it never queues behind (or
          // ahead of) the shipments' workflow tasks.
          new Registration(TaskQueues.ARCHIVAL, List.of(ArchivalWorkflowImpl.class)),
          // Reconciliations parse and classify big files: their own worker with few activity
          // slots, so a million-line invoice never competes with the shipments.
          new Registration(
              TaskQueues.RECONCILIATION,
              List.of(ReconciliationWorkflowImpl.class, ReconciliationInboxWorkflowImpl.class)));

  private WorkflowRegistrations() {}

  public static List<Registration> all() {
    return ALL;
  }

  /** The implementations for {@code taskQueue}; empty when no workflow runs there. */
  public static List<Class<?>> forTaskQueue(String taskQueue) {
    return ALL.stream()
        .filter(registration -> registration.taskQueue().equals(taskQueue))
        .flatMap(registration -> registration.implementations().stream())
        .toList();
  }
}
