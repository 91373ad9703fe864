package com.parceliq.workflows.batch;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.batch.BatchCounts;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.api.enums.v1.EventType;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.common.WorkflowExecutionHistory;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class BatchPurchaseWorkflowTest {

  private static final String TENANT = "ten_01JTESTTENANT00000000000000";
  private static final String BATCH = "batch_01JTESTBATCH000000000000000";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void buysEveryShipmentOnePagePerRunAndEndsOnce(TestWorkflowEnvironment env) throws Exception {
    FakeBatchShipments batch = new FakeBatchShipments();
    for (int i = 1; i <= 7; i++) {
      batch.shipment("shp_" + i, "sandbox");
    }

    WorkflowStub run = start(env, batch, new BatchLimits(2, 2, 3));
    run.getResult(Void.class);
    List<String> runs = runsOf(env, run);

    assertThat(batch.bought()).hasSize(7);
    assertThat(batch.finishes()).isEqualTo(1);
    assertThat(runs).as("pages of 3: 3 + 3 + 1, one run each").hasSize(3);
  }

  @Test
  void partialFailuresNeverFailTheBatch(TestWorkflowEnvironment env) {
    FakeBatchShipments batch =
        new FakeBatchShipments()
            .shipment("shp_1", "sandbox")
            .shipment("shp_2", "sandbox", ErrorCode.CARRIER_REJECTED.code())
            .shipment("shp_3", "sandbox");

    start(env, batch, new BatchLimits(2, 2, 10)).getResult(Void.class);

    assertThat(batch.bought()).containsExactlyInAnyOrder("shp_1", "shp_3");
    assertThat(batch.finishes()).isEqualTo(1);
    assertThat(batch.failedQueuedWith()).isNull();
  }

  @Test
  void theWindowBoundsPurchasesInFlightOverallAndPerCarrier(TestWorkflowEnvironment env) {
    FakeBatchShipments batch = new FakeBatchShipments().buyTakes(50);
    for (int i = 1; i <= 12; i++) {
      batch.shipment("shp_" + i, i % 2 == 0 ? "ups" : "sandbox");
    }

    start(env, batch, new BatchLimits(4, 1, 100)).getResult(Void.class);

    assertThat(batch.bought()).hasSize(12);
    assertThat(batch.mostInFlight()).isLessThanOrEqualTo(4).isGreaterThan(1);
    assertThat(batch.mostBuyingFrom("ups")).isEqualTo(1);
    assertThat(batch.mostBuyingFrom("sandbox")).isEqualTo(1);
  }

  @Test
  void anEmptyWalletStopsTheBatchAndFailsTheRestWithTheWalletError(TestWorkflowEnvironment env) {
    FakeBatchShipments batch =
        new FakeBatchShipments()
            .shipment("shp_1", "sandbox")
            .shipment("shp_2", "sandbox", ErrorCode.WALLET_INSUFFICIENT_FUNDS.code())
            .shipment("shp_3", "sandbox")
            .shipment("shp_4", "sandbox");

    start(env, batch, new BatchLimits(1, 1, 2)).getResult(Void.class);

    assertThat(batch.bought()).containsExactly("shp_1");
    assertThat(batch.failedQueuedWith()).isEqualTo(ErrorCode.WALLET_INSUFFICIENT_FUNDS.code());
    assertThat(batch.finishes()).isEqualTo(1);
  }

  @Test
  void cancellingStopsNewPurchasesAndKeepsTheFinishedOnes(TestWorkflowEnvironment env)
      throws Exception {
    FakeBatchShipments batch = new FakeBatchShipments();
    for (int i = 1; i <= 5; i++) {
      batch.shipment("shp_" + i, "sandbox");
    }
    batch.gateOn("shp_2");

    WorkflowStub run = start(env, batch, new BatchLimits(1, 1, 100));
    BatchPurchaseWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(BatchPurchaseWorkflow.class, WorkflowIds.batch(TENANT, BATCH));
    awaitInFlight(workflow);
    workflow.cancel();
    batch.openGate();
    run.getResult(Void.class);

    assertThat(batch.bought()).containsExactly("shp_1", "shp_2");
    assertThat(batch.failedQueuedWith()).isEqualTo(ErrorCode.BATCH_CANCELLED.code());
  }

  @Test
  void everyRunOfABatchReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    FakeBatchShipments batch = new FakeBatchShipments();
    for (int i = 1; i <= 5; i++) {
      batch.shipment("shp_" + i, i == 3 ? "ups" : "sandbox");
    }
    WorkflowStub run = start(env, batch, new BatchLimits(2, 1, 2));
    run.getResult(Void.class);

    List<String> runs = runsOf(env, run);
    assertThat(runs).hasSize(3);
    for (String runId : runs) {
      WorkflowExecutionHistory history =
          env.getWorkflowClient().fetchHistory(WorkflowIds.batch(TENANT, BATCH), runId);
      WorkflowReplayer.replayWorkflowExecution(history, BatchPurchaseWorkflowImpl.class);
    }
  }

  private static WorkflowStub start(
      TestWorkflowEnvironment env, FakeBatchShipments batch, BatchLimits limits) {
    env.newWorker(TaskQueues.SHIPPING)
        .registerWorkflowImplementationTypes(BatchPurchaseWorkflowImpl.class);
    env.newWorker(TaskQueues.BATCHES).registerActivitiesImplementations(batch);
    env.start();
    BatchPurchaseWorkflow workflow =
        env.getWorkflowClient()
            .newWorkflowStub(
                BatchPurchaseWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(WorkflowIds.batch(TENANT, BATCH))
                    .setTaskQueue(TaskQueues.SHIPPING)
                    .build());
    BatchCounts counts = batch.counts();
    WorkflowClient.start(
        workflow::run, BatchPurchase.start(TENANT, BATCH, 1, null, null, limits, counts));
    return WorkflowStub.fromTyped(workflow);
  }

  /** The run ids of the batch's workflow, first to last, following continue-as-new. */
  private static List<String> runsOf(TestWorkflowEnvironment env, WorkflowStub started) {
    List<String> runs = new ArrayList<>();
    String runId = started.getExecution().getRunId();
    while (runId != null && !runId.isEmpty()) {
      runs.add(runId);
      List<HistoryEvent> events =
          env.getWorkflowClient().fetchHistory(WorkflowIds.batch(TENANT, BATCH), runId).getEvents();
      HistoryEvent last = events.get(events.size() - 1);
      runId =
          last.getEventType() == EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW
              ? last.getWorkflowExecutionContinuedAsNewEventAttributes().getNewExecutionRunId()
              : null;
    }
    return runs;
  }

  private static void awaitInFlight(BatchPurchaseWorkflow workflow) throws InterruptedException {
    for (int i = 0; i < 200; i++) {
      BatchProgress progress = workflow.progress();
      if (progress.counts() != null && progress.counts().postagePurchased() >= 1) {
        return;
      }
      TimeUnit.MILLISECONDS.sleep(50);
    }
    throw new AssertionError("the batch never bought its first shipment");
  }
}
