package com.parceliq.workers;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.tracking.TrackingPollRun;
import com.parceliq.workflows.tracking.TrackingPollWorkflow;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleIntervalSpec;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@code tracking-poll} Temporal Schedule, created when the workers start (idempotent: every
 * worker tries, the first creates it, the others bring its interval in line with their
 * configuration). A run still going when the next is due is not doubled (overlap SKIP). Operators
 * see it with {@code temporal schedule list} and pause or trigger it there (docs/tracking.md).
 */
@ApplicationScoped
public class TrackingPollSchedule {

  private static final Logger LOG = Logger.getLogger(TrackingPollSchedule.class);

  @Inject WorkflowClient client;

  @ConfigProperty(name = "parceliq.tracking.poll-interval", defaultValue = "15m")
  Duration interval;

  void ensure() {
    boolean created = SchedulesAsCode.ensure(client, TrackingPollWorkflow.SCHEDULE_ID, schedule());
    LOG.infof(
        "schedule %s %s every %s",
        TrackingPollWorkflow.SCHEDULE_ID, created ? "created," : "exists; set to run", interval);
  }

  Schedule schedule() {
    return Schedule.newBuilder()
        .setAction(
            ScheduleActionStartWorkflow.newBuilder()
                .setWorkflowType(TrackingPollWorkflow.class)
                .setArguments(TrackingPollRun.first())
                .setOptions(
                    WorkflowOptions.newBuilder()
                        .setWorkflowId(TrackingPollWorkflow.SCHEDULE_ID)
                        .setTaskQueue(TaskQueues.SHIPPING)
                        .setTypedSearchAttributes(SearchAttributes.platformWide())
                        // A page that cannot finish in this long is stuck; the next run retries.
                        .setWorkflowRunTimeout(Duration.ofHours(1))
                        .build())
                .build())
        .setSpec(spec())
        .setPolicy(
            SchedulePolicy.newBuilder()
                .setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP)
                .build())
        .build();
  }

  private ScheduleSpec spec() {
    return ScheduleSpec.newBuilder()
        .setIntervals(List.of(new ScheduleIntervalSpec(interval)))
        .build();
  }
}
