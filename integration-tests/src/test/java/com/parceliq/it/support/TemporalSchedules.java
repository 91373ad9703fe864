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

/**
 * One schedule as an operator sees it ({@code temporal schedule describe / trigger --schedule-id
 * <id>}), and the runs it starts.
 */
public final class TemporalSchedules implements AutoCloseable {

  private final String scheduleId;
  private final WorkflowServiceStubs stubs;
  private final ScheduleHandle schedule;
  private final WorkflowClient workflows;

  public TemporalSchedules(StackConfig config, String scheduleId) {
    this.scheduleId = scheduleId;
    stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    schedule =
        ScheduleClient.newInstance(
                stubs,
                ScheduleClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build())
            .getHandle(scheduleId);
    workflows =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build());
  }

  public ScheduleDescription describe() {
    return schedule.describe();
  }

  /** Runs it now, as {@code temporal schedule trigger} does. */
  public void trigger() {
    schedule.trigger(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_ALLOW_ALL);
  }

  /** Triggers a run now and answers the id of the workflow the schedule started for it. */
  public String triggerAndAwaitStart() {
    long before = describe().getInfo().getNumActions();
    trigger();
    ScheduleDescription triggered =
        Eventually.await(
            "the " + scheduleId + " schedule to start a run",
            Duration.ofSeconds(30),
            this::describe,
            described -> described.getInfo().getNumActions() > before);
    return ((ScheduleActionExecutionStartWorkflow)
            triggered.getInfo().getRecentActions().getLast().getAction())
        .getWorkflowId();
  }

  /** Triggers a run now and waits until the workflow it started has finished. */
  public void runOnce() {
    workflows.newUntypedWorkflowStub(triggerAndAwaitStart()).getResult(Object.class);
  }

  public WorkflowClient workflows() {
    return workflows;
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
