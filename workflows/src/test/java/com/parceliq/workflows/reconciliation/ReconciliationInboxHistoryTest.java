package com.parceliq.workflows.reconciliation;

import static com.parceliq.workflows.reconciliation.ReconciliationHarness.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.InboxPage;
import com.parceliq.workflows.ports.ReconciliationInboxActivities;
import com.parceliq.workflows.ports.ReconciliationRunState;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded inbox scan (one file claimed and reconciliation started, one carrier with an
 * empty inbox); records it again with -Dparceliq.record-histories=true.
 */
class ReconciliationInboxHistoryTest {

  private static final String HISTORY = "reconciliation-inbox-scan";
  private static final String WORKFLOW_ID = "reconciliation-inbox-2026-03-02T09:00:00Z";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedScanReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, ReconciliationInboxWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordScan(TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 1000, 100);
    ReconciliationInboxActivities inbox =
        HistoryWorkers.activityMock(ReconciliationInboxActivities.class);
    HistoryWorkers.queue(env, TaskQueues.RECONCILIATION).registerActivitiesImplementations(inbox);
    String key = "inbox/sandbox/" + TENANT + "/a.csv";
    ReconciliationRequest file =
        new ReconciliationRequest(TENANT, "rec_01A", "sandbox", "inbox", "parceliq-rec", key);
    when(inbox.reconcileInboxCarriers()).thenReturn(List.of("sandbox", "ups"));
    when(inbox.reconcileInboxPage(eq("sandbox"), isNull(), eq(100)))
        .thenReturn(new InboxPage(List.of(file), null));
    when(inbox.reconcileInboxPage(eq("ups"), isNull(), eq(100)))
        .thenReturn(new InboxPage(List.of(), null));
    when(harness.steps.reconcileRecordRun(any()))
        .thenReturn(new ReconciliationRunState("completed", 1, 1, null));
    env.start();

    int started =
        env.getWorkflowClient()
            .newWorkflowStub(
                ReconciliationInboxWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(WORKFLOW_ID)
                    .setTaskQueue(TaskQueues.RECONCILIATION)
                    .build())
            .scan();

    assertThat(started).isEqualTo(1);
    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
