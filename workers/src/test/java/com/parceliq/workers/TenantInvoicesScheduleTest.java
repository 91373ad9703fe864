package com.parceliq.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.invoicing.InvoicingRun;
import com.parceliq.workflows.invoicing.TenantInvoicingWorkflow;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The schedule the workers ask Temporal for (TenantInvoicesIT triggers it live). */
class TenantInvoicesScheduleTest {

  @Test
  void theConfiguredSpecStartsAMonthlyRunOfEveryTenantOnTheShippingQueue() {
    TenantInvoicesSchedule invoices = new TenantInvoicesSchedule();
    invoices.cron = "0 6 2 * *";
    invoices.timeZone = "UTC";
    invoices.catchupWindow = Duration.ofDays(3);

    Schedule schedule = invoices.schedule();

    assertThat(schedule.getSpec().getCronExpressions()).containsExactly("0 6 2 * *");
    assertThat(schedule.getSpec().getTimeZoneName()).isEqualTo("UTC");
    assertThat(schedule.getPolicy().getOverlap())
        .isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
    assertThat(schedule.getPolicy().getCatchupWindow()).isEqualTo(Duration.ofDays(3));
    ScheduleActionStartWorkflow action = (ScheduleActionStartWorkflow) schedule.getAction();
    assertThat(action.getWorkflowType()).isEqualTo("TenantInvoicingWorkflow");
    assertThat(action.getOptions().getWorkflowId()).isEqualTo(TenantInvoicingWorkflow.SCHEDULE_ID);
    assertThat(action.getOptions().getTaskQueue()).isEqualTo(TaskQueues.SHIPPING);
    // No period: each run derives the month before its own start.
    assertThat(action.getArguments().get(0, InvoicingRun.class))
        .isEqualTo(InvoicingRun.scheduled());
  }
}
