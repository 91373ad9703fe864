package com.parceliq.it.support;

import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;

/**
 * What an operator does with {@code temporal schedule trigger --schedule-id tracking-poll}: run the
 * tracking poll now instead of at its next interval (docs/tracking.md).
 */
public final class TrackingPolls {

  public static final String SCHEDULE_ID = "tracking-poll";

  private TrackingPolls() {}

  public static void triggerNow() {
    StackConfig config = TestStack.config();
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    try {
      ScheduleClient.newInstance(
              stubs,
              ScheduleClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build())
          .getHandle(SCHEDULE_ID)
          .trigger(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_BUFFER_ONE);
    } finally {
      stubs.shutdownNow();
    }
  }
}
