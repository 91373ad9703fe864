package com.parceliq.workflows.reconciliation;

import static com.parceliq.workflows.reconciliation.ReconciliationHarness.PARSED;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.REQUEST;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.RUN;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.TENANT;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.page;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.state;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.totals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded reconciliation (a parse retried after a crash, two pages, report, event);
 * records it again with {@code -Dparceliq.record-histories=true}.
 */
class ReconciliationHistoryTest {

  private static final String HISTORY = "reconciliation-run";
  private static final String WORKFLOW_ID = "reconciliation:" + TENANT + ":" + RUN;

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedRunReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, ReconciliationWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordRun(TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 1000, 100);
    var steps = harness.steps;
    when(steps.reconcileRecordRun(REQUEST)).thenReturn(state("pending"));
    when(steps.reconcileParse(REQUEST))
        .thenThrow(new IllegalStateException("worker killed"))
        .thenReturn(PARSED);
    when(steps.reconcileClassifyPage(TENANT, RUN, 1000))
        .thenReturn(page(1000, "T1000"), page(3, "T1003"), page(0, null));
    when(steps.reconcileFinish(TENANT, RUN)).thenReturn(totals("completed", 1003, null));
    env.start();

    harness.workflow().run(REQUEST);

    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
