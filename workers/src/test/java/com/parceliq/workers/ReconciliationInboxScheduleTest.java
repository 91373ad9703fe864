package com.parceliq.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.TaskQueues;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import org.junit.jupiter.api.Test;

/** The inbox schedule the workers ask Temporal for, from their configuration. */
class ReconciliationInboxScheduleTest {

  @Test
  void theConfiguredCronStartsAnInboxScanOnTheReconciliationQueueWithoutOverlap() {
    ReconciliationInboxSchedule inbox = new ReconciliationInboxSchedule();
    inbox.cron = "*/5 * * * *";

    Schedule schedule = inbox.schedule();

    assertThat(schedule.getSpec().getCronExpressions()).containsExactly("*/5 * * * *");
    assertThat(schedule.getSpec().getTimeZoneName()).isEqualTo("UTC");
    assertThat(schedule.getPolicy().getOverlap())
        .isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
    ScheduleActionStartWorkflow action = (ScheduleActionStartWorkflow) schedule.getAction();
    assertThat(action.getWorkflowType()).isEqualTo("ReconciliationInboxWorkflow");
    assertThat(action.getOptions().getWorkflowId()).isEqualTo("reconciliation-inbox");
    assertThat(action.getOptions().getTaskQueue()).isEqualTo(TaskQueues.RECONCILIATION);
  }
}
