package com.parceliq.workflows.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded batch purchase (two carriers, one shipment refused, one page); records it with
 * -Dparceliq.record-histories=true.
 */
class BatchPurchaseHistoryTest {

  private static final String HISTORY = "batch-purchase";
  private static final String TENANT = "ten_01JTESTTENANT00000000000";
  private static final String BATCH = "batch_01JTESTBATCH0000000000";
  private static final String WORKFLOW_ID = WorkflowIds.batch(TENANT, BATCH);

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedBatchReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, BatchPurchaseWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordBatch(TestWorkflowEnvironment env) {
    FakeBatchShipments batch =
        new FakeBatchShipments()
            .shipment("shp_1", "sandbox")
            .shipment("shp_2", "ups", ErrorCode.CARRIER_REJECTED.code())
            .shipment("shp_3", "sandbox");
    HistoryWorkers.registerWorkflows(env);
    HistoryWorkers.queue(env, TaskQueues.BATCHES).registerActivitiesImplementations(batch);
    env.start();

    env.getWorkflowClient()
        .newWorkflowStub(
            BatchPurchaseWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WORKFLOW_ID)
                .setTaskQueue(TaskQueues.SHIPPING)
                .build())
        .run(
            BatchPurchase.start(
                TENANT, BATCH, 1, null, null, new BatchLimits(2, 1, 10), batch.counts()));

    assertThat(batch.bought()).containsExactlyInAnyOrder("shp_1", "shp_3");
    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
