package com.parceliq.workflows;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.address.AddressValidationWorkflowImpl;
import com.parceliq.workflows.batch.BatchLabelWorkflowImpl;
import com.parceliq.workflows.batch.BatchPurchaseWorkflowImpl;
import com.parceliq.workflows.pickup.PickupWorkflowImpl;
import com.parceliq.workflows.scanform.ScanFormWorkflowImpl;
import com.parceliq.workflows.shipment.ShipmentWorkflowImpl;
import com.parceliq.workflows.tracking.TrackingPollWorkflowImpl;
import com.parceliq.workflows.wallet.LedgerAdjustmentWorkflowImpl;
import com.parceliq.workflows.wallet.WalletDepositWorkflowImpl;
import io.temporal.workflow.WorkflowInterface;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class WorkflowRegistrationsTest {

  @Test
  void shippingQueueHostsEveryWorkflow() {
    assertThat(WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING))
        .containsExactlyInAnyOrder(
            ShipmentWorkflowImpl.class,
            WalletDepositWorkflowImpl.class,
            LedgerAdjustmentWorkflowImpl.class,
            AddressValidationWorkflowImpl.class,
            ScanFormWorkflowImpl.class,
            PickupWorkflowImpl.class,
            BatchPurchaseWorkflowImpl.class,
            BatchLabelWorkflowImpl.class,
            TrackingPollWorkflowImpl.class);
  }

  @Test
  void webhooksQueueHostsTheDeliveriesApartFromTheShipments() {
    assertThat(WorkflowRegistrations.forTaskQueue(TaskQueues.WEBHOOKS))
        .containsExactlyInAnyOrder(
            com.parceliq.workflows.webhooks.WebhookDeliveryWorkflowImpl.class,
            com.parceliq.workflows.webhooks.WebhookReplayWorkflowImpl.class);
  }

  @Test
  void archivalQueueHostsTheArchivalWorkflowAlone() {
    assertThat(WorkflowRegistrations.forTaskQueue(TaskQueues.ARCHIVAL))
        .containsExactly(com.parceliq.workflows.archival.ArchivalWorkflowImpl.class);
  }

  @Test
  void reconciliationQueueHostsTheReconciliationWorkflows() {
    assertThat(WorkflowRegistrations.forTaskQueue(TaskQueues.RECONCILIATION))
        .containsExactlyInAnyOrder(
            com.parceliq.workflows.reconciliation.ReconciliationWorkflowImpl.class,
            com.parceliq.workflows.reconciliation.ReconciliationInboxWorkflowImpl.class);
  }

  @Test
  void activityOnlyQueuesHostNoWorkflow() {
    assertThat(WorkflowRegistrations.forTaskQueue(TaskQueues.BILLING)).isEmpty();
    assertThat(WorkflowRegistrations.forTaskQueue(TaskQueues.DOCUMENTS)).isEmpty();
    assertThat(WorkflowRegistrations.forTaskQueue(TaskQueues.carrier("sandbox"))).isEmpty();
  }

  @Test
  void everyRegisteredClassImplementsAWorkflowInterface() {
    assertThat(WorkflowRegistrations.all())
        .flatExtracting(WorkflowRegistrations.Registration::implementations)
        .isNotEmpty()
        .allSatisfy(
            implementation ->
                assertThat(Arrays.stream(implementation.getInterfaces()))
                    .anyMatch(type -> type.isAnnotationPresent(WorkflowInterface.class)));
  }
}
