package com.parceliq.it.support;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleDescription;
import io.temporal.client.schedules.ScheduleHandle;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;

/**
 * The {@code archival} schedule as an operator sees it ({@code temporal schedule describe / trigger
 * --schedule-id archival}), and the runs it starts.
 */
public final class ArchivalSchedules implements AutoCloseable {

  public static final String SCHEDULE_ID = "archival";

  private final WorkflowServiceStubs stubs;
  private final ScheduleHandle schedule;
  private final WorkflowClient workflows;

  public ArchivalSchedules(StackConfig config) {
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

  public ScheduleDescription describe() {
    return schedule.describe();
  }

  /** Runs it now, as {@code temporal schedule trigger} does. */
  public void trigger() {
    schedule.trigger(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_ALLOW_ALL);
  }

  public WorkflowClient workflows() {
    return workflows;
  }

  @Override
  public void close() {
    stubs.shutdownNow();
  }
}
