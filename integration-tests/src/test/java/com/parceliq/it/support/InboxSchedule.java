package com.parceliq.it.support;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.time.Duration;

/** The workers' reconciliation inbox schedule, triggered as {@code temporal schedule trigger}. */
public final class InboxSchedule implements AutoCloseable {

  public static final String SCHEDULE_ID = "reconciliation-inbox";

  private final WorkflowServiceStubs stubs;
  private final ScheduleHandle schedule;
  private final WorkflowClient workflows;

  public InboxSchedule(StackConfig config) {
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    schedule =
        ScheduleClient.newInstance(
                stubs,
                ScheduleClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build())
            .getHandle(SCHEDULE_ID);
    workflows =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build());
  }

  /** Triggers one scan now and waits for it to finish (all files it found started). */
  public void scanOnce() {
    long before = schedule.describe().getInfo().getNumActions();
    schedule.trigger(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_ALLOW_ALL);
    ScheduleDescription triggered =
        Eventually.await(
            "the inbox schedule to start a scan",
            Duration.ofSeconds(30),
            schedule::describe,
            described -> described.getInfo().getNumActions() > before);
    String workflowId =
        ((ScheduleActionExecutionStartWorkflow)
                triggered.getInfo().getRecentActions().getLast().getAction())
            .getWorkflowId();
    workflows.newUntypedWorkflowStub(workflowId).getResult(Object.class);
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
