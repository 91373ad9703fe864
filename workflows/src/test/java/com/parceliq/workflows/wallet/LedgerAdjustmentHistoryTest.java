package com.parceliq.workflows.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Money;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replays a recorded operator debit; records it again with -Dparceliq.record-histories=true. */
class LedgerAdjustmentHistoryTest {

  private static final String HISTORY = "ledger-adjustment-debit";
  private static final String WORKFLOW_ID =
      WorkflowIds.adjustment(DepositHarness.TENANT, "adj_01JTESTADJUSTMENT0000000");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedDebitReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, LedgerAdjustmentWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordDebit(TestWorkflowEnvironment env) {
    LedgerActivities ledger = HistoryWorkers.activityMock(LedgerActivities.class);
    HistoryWorkers.registerWorkflows(env);
    HistoryWorkers.queue(env, TaskQueues.BILLING).registerActivitiesImplementations(ledger);
    when(ledger.adjust(any()))
        .thenReturn(new LedgerReceipt("led_01JTESTADJUST00000000000", Money.usd("95.00")));
    env.start();

    env.getWorkflowClient()
        .newWorkflowStub(
            LedgerAdjustmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WORKFLOW_ID)
                .setTaskQueue(TaskQueues.SHIPPING)
                .build())
        .adjust(
            new LedgerAdjustment(
                DepositHarness.TENANT,
                "adj-key-1",
                new BigDecimal("-5.00"),
                "USD",
                "duplicate deposit",
                "platform_admin"));

    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
