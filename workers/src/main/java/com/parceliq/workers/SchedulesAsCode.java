package com.parceliq.workers;

import com.parceliq.temporal.SearchAttributes;
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
import java.time.Duration;
import java.util.List;

/**
 * Schedules are declared in code and ensured by every worker at start: the first creates one, the
 * others bring its spec, action and policy in line with their configuration. The schedule's state
 * is left alone, so a schedule an operator paused stays paused across deploys.
 */
final class SchedulesAsCode {

  private SchedulesAsCode() {}

  /** Returns true when the schedule was created, false when an existing one was updated. */
  static boolean ensure(WorkflowClient client, String scheduleId, Schedule wanted) {
    ScheduleClient schedules =
        ScheduleClient.newInstance(
            client.getWorkflowServiceStubs(),
            ScheduleClientOptions.newBuilder()
                .setNamespace(client.getOptions().getNamespace())
                .setDataConverter(client.getOptions().getDataConverter())
                .build());
    try {
      schedules.createSchedule(scheduleId, wanted, ScheduleOptions.newBuilder().build());
      return true;
    } catch (ScheduleAlreadyRunningException e) {
      schedules
          .getHandle(scheduleId)
          .update(
              input ->
                  new ScheduleUpdate(
                      Schedule.newBuilder(input.getDescription().getSchedule())
                          .setSpec(wanted.getSpec())
                          .setAction(wanted.getAction())
                          .setPolicy(wanted.getPolicy())
                          .build()));
      return false;
    }
  }

  /**
   * Starts {@code workflowType} (with {@code arguments}) on {@code taskQueue} at each time of
   * {@code cron} in {@code timeZone}, never two runs at once (overlap SKIP). Runs missed while the
   * server was down are made up within {@code catchupWindow}; null keeps the server's default.
   */
  static Schedule cron(
      Class<?> workflowType,
      String taskQueue,
      String scheduleId,
      String cron,
      String timeZone,
      Duration catchupWindow,
      Object... arguments) {
    SchedulePolicy.Builder policy =
        SchedulePolicy.newBuilder().setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
    if (catchupWindow != null) {
      policy.setCatchupWindow(catchupWindow);
    }
    return Schedule.newBuilder()
        .setAction(
            ScheduleActionStartWorkflow.newBuilder()
                .setWorkflowType(workflowType)
                .setArguments(arguments)
                .setOptions(
                    WorkflowOptions.newBuilder()
                        .setWorkflowId(scheduleId)
                        .setTaskQueue(taskQueue)
                        .setTypedSearchAttributes(SearchAttributes.platformWide())
                        .build())
                .build())
        .setSpec(
            ScheduleSpec.newBuilder()
                .setCronExpressions(List.of(cron))
                .setTimeZoneName(timeZone)
                .build())
        .setPolicy(policy.build())
        .build();
  }
}
