package com.parceliq.workflows.batch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.BatchLabelActivities;
import com.parceliq.workflows.ports.StoredDocument;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replays a recorded batch label (merged, recorded); records it with the record property. */
class BatchLabelHistoryTest {

  private static final String HISTORY = "batch-label";
  private static final String TENANT = "ten_01JTESTTENANT00000000000";
  private static final String BATCH = "batch_01JTESTBATCH0000000000";
  private static final String WORKFLOW_ID = WorkflowIds.batchLabel(TENANT, BATCH);

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedLabelReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, BatchLabelWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordLabel(TestWorkflowEnvironment env) {
    BatchLabelActivities steps = HistoryWorkers.activityMock(BatchLabelActivities.class);
    HistoryWorkers.registerWorkflows(env);
    // The merge runs on documents, the records on batches: the same mock answers both.
    HistoryWorkers.queue(env, TaskQueues.DOCUMENTS).registerActivitiesImplementations(steps);
    HistoryWorkers.queue(env, TaskQueues.BATCHES).registerActivitiesImplementations(steps);
    StoredDocument merged =
        new StoredDocument(
            "parceliq-labels", TENANT + "/batches/" + BATCH + "/label.pdf", "PDF", 2, "ab12", 2048);
    when(steps.mergeBatchLabels(TENANT, BATCH, "PDF")).thenReturn(merged);
    env.start();

    env.getWorkflowClient()
        .newWorkflowStub(
            BatchLabelWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WORKFLOW_ID)
                .setTaskQueue(TaskQueues.SHIPPING)
                .build())
        .run(TENANT, BATCH, "PDF");

    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
