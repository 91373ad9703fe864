package com.parceliq.workers;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.archival.ArchivalRun;
import com.parceliq.workflows.archival.ArchivalWorkflow;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import io.temporal.client.schedules.ScheduleUpdate;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@code archival} Temporal Schedule, created when the workers start (idempotent: every worker
 * tries, the first creates it, the others bring its spec and policy in line with their
 * configuration). Daily by default; a run still going when the next is due is not doubled (overlap
 * SKIP), and runs missed while Temporal was down are made up only within the catch-up window.
 * Operators pause, trigger and backfill it with {@code temporal schedule ...}.
 */
@ApplicationScoped
public class ArchivalSchedule {

  private static final Logger LOG = Logger.getLogger(ArchivalSchedule.class);

  @Inject WorkflowClient client;

  @ConfigProperty(name = "parceliq.archival.schedule.cron", defaultValue = "0 3 * * *")
  String cron;

  @ConfigProperty(name = "parceliq.archival.schedule.time-zone", defaultValue = "UTC")
  String timeZone;

  @ConfigProperty(name = "parceliq.archival.schedule.catchup-window", defaultValue = "1d")
  Duration catchupWindow;

  void ensure() {
    ScheduleClient schedules =
        ScheduleClient.newInstance(
            client.getWorkflowServiceStubs(),
            ScheduleClientOptions.newBuilder()
                .setNamespace(client.getOptions().getNamespace())
                .setDataConverter(client.getOptions().getDataConverter())
                .build());
    Schedule schedule = schedule();
    try {
      schedules.createSchedule(
          ArchivalWorkflow.SCHEDULE_ID, schedule, ScheduleOptions.newBuilder().build());
      LOG.infof("created schedule %s: %s", ArchivalWorkflow.SCHEDULE_ID, describe());
    } catch (ScheduleAlreadyRunningException e) {
      // Keeps the schedule's state (paused by an operator stays paused); replaces what we own.
      schedules
          .getHandle(ArchivalWorkflow.SCHEDULE_ID)
          .update(
              input ->
                  new ScheduleUpdate(
                      Schedule.newBuilder(input.getDescription().getSchedule())
                          .setSpec(schedule.getSpec())
                          .setAction(schedule.getAction())
                          .setPolicy(schedule.getPolicy())
                          .build()));
      LOG.infof("schedule %s exists; set to %s", ArchivalWorkflow.SCHEDULE_ID, describe());
    }
  }

  Schedule schedule() {
    return Schedule.newBuilder()
        .setAction(
            ScheduleActionStartWorkflow.newBuilder()
                .setWorkflowType(ArchivalWorkflow.class)
                .setArguments(ArchivalRun.scheduled())
                .setOptions(
                    WorkflowOptions.newBuilder()
                        .setWorkflowId(ArchivalWorkflow.SCHEDULE_ID)
                        .setTaskQueue(TaskQueues.ARCHIVAL)
                        .build())
                .build())
        .setSpec(
            ScheduleSpec.newBuilder()
                .setCronExpressions(List.of(cron))
                .setTimeZoneName(timeZone)
                .build())
        .setPolicy(
            SchedulePolicy.newBuilder()
                .setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP)
                .setCatchupWindow(catchupWindow)
                .build())
        .build();
  }

  private String describe() {
    return "cron '%s' in %s, catch-up window %s, overlap skip"
        .formatted(cron, timeZone, catchupWindow);
  }
}
