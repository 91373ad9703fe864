package com.parceliq.workflows.reconciliation;

import static com.parceliq.workflows.reconciliation.ReconciliationHarness.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.InboxPage;
import com.parceliq.workflows.ports.ReconciliationInboxActivities;
import com.parceliq.workflows.ports.ReconciliationRunState;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The inbox scan: one reconciliation per claimed file, never a second for the same file. */
class ReconciliationInboxWorkflowTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void eachClaimedFileGetsOneReconciliationAndAFileStartedBeforeIsSkipped(
      TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 1000, 100);
    ReconciliationInboxActivities inbox =
        mock(ReconciliationInboxActivities.class, withSettings().withoutAnnotations());
    env.getWorkerFactory()
        .getWorker(TaskQueues.RECONCILIATION)
        .registerActivitiesImplementations(inbox);
    ReconciliationRequest first = file("rec_01A", "inbox/sandbox/" + TENANT + "/a.csv");
    ReconciliationRequest second = file("rec_01B", "inbox/sandbox/" + TENANT + "/b.csv");
    when(inbox.reconcileInboxCarriers()).thenReturn(List.of("sandbox", "ups"));
    when(inbox.reconcileInboxPage(eq("sandbox"), isNull(), eq(100)))
        .thenReturn(new InboxPage(List.of(first), "inbox/sandbox/" + TENANT + "/a.csv"));
    when(inbox.reconcileInboxPage(eq("sandbox"), eq("inbox/sandbox/" + TENANT + "/a.csv"), eq(100)))
        .thenReturn(new InboxPage(List.of(second), null));
    when(inbox.reconcileInboxPage(eq("ups"), isNull(), eq(100)))
        .thenReturn(new InboxPage(List.of(), null));
    when(harness.steps.reconcileRecordRun(any()))
        .thenReturn(new ReconciliationRunState("completed", 1, 1, null));
    env.start();

    int started = scan(env, "reconciliation-inbox-1");
    int again = scan(env, "reconciliation-inbox-2");

    assertThat(started).isEqualTo(2);
    assertThat(again).isZero();
    verify(harness.steps, times(1)).reconcileRecordRun(first);
    verify(harness.steps, times(1)).reconcileRecordRun(second);
  }

  private static int scan(TestWorkflowEnvironment env, String workflowId) {
    return env.getWorkflowClient()
        .newWorkflowStub(
            ReconciliationInboxWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TaskQueues.RECONCILIATION)
                .build())
        .scan();
  }

  private static ReconciliationRequest file(String runId, String key) {
    return new ReconciliationRequest(
        TENANT, runId, "sandbox", "inbox", "parceliq-reconciliation", key);
  }
}
