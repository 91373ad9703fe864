package com.parceliq.it.bench.bare;

import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactory;
import io.temporal.worker.WorkerOptions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * A Temporal worker inside the benchmark process, on its own task queue of the stack's namespace,
 * and the calls that drive {@link BareWorkflow} the way ParcelIQ's API drives a shipment: the
 * workflow is created by update-with-start (untimed), then the purchase is one update with an id
 * derived from a key, waited for until accepted and then for its result (timed).
 */
public final class BareBaseline implements AutoCloseable {

  public static final String TASK_QUEUE = "bench-bare";

  /** The API's default bounded wait for a purchase before it answers "still running". */
  public static final Duration RESULT_WAIT = Duration.ofSeconds(10);

  /** The update id prefix of a timed purchase, to find it in the history. */
  public static final String PURCHASE_UPDATE_PREFIX = "purchase:";

  private static final int PREPARATION_CONCURRENCY = 4;

  /** A creation that outlasts the wait on a loaded machine is replaced by another (untimed). */
  private static final int PREPARATION_ATTEMPTS = 5;

  private final WorkflowClient client;
  private final WorkerFactory factory;

  public BareBaseline(WorkflowClient client) {
    this.client = client;
    this.factory = WorkerFactory.newInstance(client);
    // Like ParcelIQ's workers: default pollers and slots, virtual threads for activities.
    Worker worker =
        factory.newWorker(
            TASK_QUEUE, WorkerOptions.newBuilder().setUsingVirtualThreads(true).build());
    worker.registerWorkflowImplementationTypes(BareWorkflowImpl.class);
    worker.registerActivitiesImplementations(new NoopActivityImpl());
    factory.start();
  }

  /** Starts {@code count} workflows and waits until each has answered its creation update. */
  public List<String> prepare(int count) {
    ExecutorService starters = Executors.newFixedThreadPool(PREPARATION_CONCURRENCY);
    try {
      List<Future<String>> pending = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        pending.add(starters.submit(this::createWithRetries));
      }
      List<String> ids = new ArrayList<>(count);
      for (Future<String> id : pending) {
        ids.add(id.get());
      }
      return ids;
    } catch (Exception e) {
      throw new IllegalStateException("could not start the bare workflows", e);
    } finally {
      starters.shutdownNow();
    }
  }

  private String createWithRetries() {
    for (int attempt = 1; ; attempt++) {
      try {
        return create();
      } catch (RuntimeException e) {
        if (attempt == PREPARATION_ATTEMPTS) {
          throw e;
        }
        System.out.println("preparation: " + e + "; starting another workflow");
      }
    }
  }

  private String create() {
    String workflowId = "bench-bare:" + UUID.randomUUID();
    BareWorkflow workflow =
        client.newWorkflowStub(
            BareWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TASK_QUEUE)
                .setWorkflowIdConflictPolicy(
                    WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
                .build());
    return WorkflowClient.startUpdateWithStart(
            workflow::created,
            UpdateOptions.<String>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                .build(),
            new WithStartWorkflowOperation<>(workflow::run))
        .getResult(RESULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * One purchase: true when its result came within {@link #RESULT_WAIT}, false when the wait ran
   * out (the update goes on, as the API's 202 does).
   */
  public boolean purchase(String workflowId) {
    BareWorkflow workflow = client.newWorkflowStub(BareWorkflow.class, workflowId);
    String key = UUID.randomUUID().toString();
    try {
      WorkflowClient.startUpdate(
              workflow::purchase,
              key,
              UpdateOptions.<String>newBuilder()
                  .setUpdateId(PURCHASE_UPDATE_PREFIX + key)
                  .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                  .build())
          .getResult(RESULT_WAIT.toMillis(), TimeUnit.MILLISECONDS);
      return true;
    } catch (WorkflowUpdateTimeoutOrCancelledException stillRunning) {
      return false;
    }
  }

  @Override
  public void close() {
    factory.shutdown();
    factory.awaitTermination(10, TimeUnit.SECONDS);
  }
}
