package com.parceliq.workers;

import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleAlreadyRunningException;
import io.temporal.client.schedules.ScheduleClient;
import io.temporal.client.schedules.ScheduleClientOptions;
import io.temporal.client.schedules.ScheduleOptions;
import io.temporal.client.schedules.ScheduleUpdate;

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
}
