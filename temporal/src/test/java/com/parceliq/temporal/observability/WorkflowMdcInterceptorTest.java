package com.parceliq.temporal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.activity.ActivityInterface;
import io.temporal.activity.ActivityOptions;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import io.temporal.testing.TestEnvironmentOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import io.temporal.worker.WorkerFactoryOptions;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

/** The ids a request puts into the MDC, as a workflow and its activities see them. */
class WorkflowMdcInterceptorTest {

  private static final String QUEUE = "mdc-test";

  @WorkflowInterface
  public interface Probe {
    /** The MDC of the workflow thread and of an activity, then waits for {@link #observe}. */
    @WorkflowMethod
    Map<String, Map<String, String>> run();

    /** The MDC an activity scheduled by this update handler runs with. */
    @UpdateMethod
    Map<String, String> observe();
  }

  @ActivityInterface
  public interface MdcActivity {
    Map<String, String> mdcOfActivity();
  }

  public static class ProbeImpl implements Probe {
    private final MdcActivity activity =
        Workflow.newActivityStub(
            MdcActivity.class,
            ActivityOptions.newBuilder().setStartToCloseTimeout(Duration.ofSeconds(10)).build());
    private boolean observed;

    @Override
    public Map<String, Map<String, String>> run() {
      Map<String, Map<String, String>> seen = new HashMap<>();
      seen.put("workflow", copyOfMdc());
      seen.put("activity", activity.mdcOfActivity());
      Workflow.await(() -> observed);
      return seen;
    }

    @Override
    public Map<String, String> observe() {
      Map<String, String> seen = activity.mdcOfActivity();
      observed = true;
      return seen;
    }
  }

  private TestWorkflowEnvironment environment;
  private WorkflowClient client;

  @BeforeEach
  void startWorker() {
    environment =
        TestWorkflowEnvironment.newInstance(
            TestEnvironmentOptions.newBuilder()
                .setWorkflowClientOptions(
                    WorkflowClientOptions.newBuilder()
                        .setContextPropagators(List.of(new CorrelationPropagator()))
                        .setInterceptors(new CorrelationClientInterceptor())
                        .build())
                .setWorkerFactoryOptions(
                    WorkerFactoryOptions.newBuilder()
                        .setWorkerInterceptors(new WorkflowMdcInterceptor())
                        .build())
                .build());
    Worker worker = environment.newWorker(QUEUE);
    worker.registerWorkflowImplementationTypes(ProbeImpl.class);
    worker.registerActivitiesImplementations((MdcActivity) WorkflowMdcInterceptorTest::copyOfMdc);
    environment.start();
    client = environment.getWorkflowClient();
  }

  @AfterEach
  void stop() {
    environment.close();
    MDC.clear();
  }

  @Test
  void theRequestsIdsAndTheExecutionsIdsAreInTheMdcOfTheWorkflowItsActivitiesAndItsUpdates() {
    MDC.put("correlation_id", "order-42");
    MDC.put("tenant_id", "ten_1");
    MDC.put("principal_id", "key_1");
    MDC.put("request_id", "req_1");
    Probe probe = client.newWorkflowStub(Probe.class, options("wf-start"));
    WorkflowClient.start(probe::run);
    MDC.put("correlation_id", "order-43");
    Map<String, String> seenByUpdate = probe.observe();

    Map<String, Map<String, String>> seen = WorkflowStub.fromTyped(probe).getResult(Map.class);
    String runId = WorkflowStub.fromTyped(probe).getExecution().getRunId();
    for (String where : List.of("workflow", "activity")) {
      assertThat(seen.get(where))
          .as("MDC of the %s", where)
          .containsEntry("correlation_id", "order-42")
          .containsEntry("tenant_id", "ten_1")
          .containsEntry("principal_id", "key_1")
          .containsEntry("request_id", "req_1")
          .containsEntry("workflow_id", "wf-start")
          .containsEntry("run_id", runId);
    }
    assertThat(seenByUpdate)
        .as("MDC of the activity the update scheduled: the updating request's correlation id")
        .containsEntry("correlation_id", "order-43")
        .containsEntry("tenant_id", "ten_1")
        .containsEntry("workflow_id", "wf-start");
  }

  private static WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder().setTaskQueue(QUEUE).setWorkflowId(workflowId).build();
  }

  private static Map<String, String> copyOfMdc() {
    Map<String, String> copy = MDC.getCopyOfContextMap();
    return copy == null ? new HashMap<>() : new HashMap<>(copy);
  }
}
