package com.parceliq.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.archival.ArchivalRun;
import com.parceliq.workflows.archival.ArchivalWorkflow;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The schedule the workers ask Temporal for, from their configuration (ArchivalScheduleIT: live).
 */
class ArchivalScheduleTest {

  @Test
  void theConfiguredSpecStartsADailyRunOfEveryTenantOnTheArchivalQueue() {
    ArchivalSchedule archival = new ArchivalSchedule();
    archival.cron = "30 2 * * *";
    archival.timeZone = "Europe/Berlin";
    archival.catchupWindow = Duration.ofHours(6);

    Schedule schedule = archival.schedule();

    assertThat(schedule.getSpec().getCronExpressions()).containsExactly("30 2 * * *");
    assertThat(schedule.getSpec().getTimeZoneName()).isEqualTo("Europe/Berlin");
    assertThat(schedule.getPolicy().getOverlap())
        .isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
    assertThat(schedule.getPolicy().getCatchupWindow()).isEqualTo(Duration.ofHours(6));
    ScheduleActionStartWorkflow action = (ScheduleActionStartWorkflow) schedule.getAction();
    assertThat(action.getWorkflowType()).isEqualTo("ArchivalWorkflow");
    assertThat(action.getOptions().getWorkflowId()).isEqualTo(ArchivalWorkflow.SCHEDULE_ID);
    assertThat(action.getOptions().getTaskQueue()).isEqualTo(TaskQueues.ARCHIVAL);
    assertThat(action.getArguments().get(0, ArchivalRun.class)).isEqualTo(ArchivalRun.scheduled());
  }
}
