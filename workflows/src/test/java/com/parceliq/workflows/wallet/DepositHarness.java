package com.parceliq.workflows.wallet;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.withSettings;

import com.parceliq.domain.Money;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestWorkflowEnvironment;

/** The deposit workflow on the test service with a mocked ledger on {@code billing}. */
final class DepositHarness {

  static final String TENANT = "ten_01JTESTTENANT00000000000";
  static final String DEPOSIT = "dep_01JTESTDEPOSIT0000000000";

  final LedgerActivities ledger = mock(LedgerActivities.class, withSettings().withoutAnnotations());
  final WorkflowClient client;

  DepositHarness(TestWorkflowEnvironment env) {
    client = env.getWorkflowClient();
    env.newWorker(TaskQueues.SHIPPING)
        .registerWorkflowImplementationTypes(
            WorkflowRegistrations.forTaskQueue(TaskQueues.SHIPPING).toArray(Class<?>[]::new));
    env.newWorker(TaskQueues.BILLING).registerActivitiesImplementations(ledger);
    env.start();
  }

  static DepositRequest request() {
    return new DepositRequest(TENANT, DEPOSIT, Money.usd("100.00"), "deposit-key-1");
  }

  static String workflowId() {
    return WorkflowIds.deposit(TENANT, DEPOSIT);
  }

  LedgerReceipt deposit(DepositRequest request) {
    WalletDepositWorkflow workflow =
        client.newWorkflowStub(
            WalletDepositWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId())
                .setTaskQueue(TaskQueues.SHIPPING)
                .build());
    return workflow.deposit(request);
  }

  WorkflowStub untyped() {
    return client.newUntypedWorkflowStub(workflowId());
  }
}
