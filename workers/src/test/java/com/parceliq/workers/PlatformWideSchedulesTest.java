package com.parceliq.workers;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.temporal.SearchAttributes;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every run a schedule starts carries {@code TenantId = 'platform'}: an operator's query {@code
 * TenantId IS NULL} (a workflow nobody can attribute) must find nothing, schedules included.
 */
class PlatformWideSchedulesTest {

  @Test
  void everyScheduledWorkflowStartsWithThePlatformTenantId() {
    for (Schedule schedule : allSchedules()) {
      ScheduleActionStartWorkflow action = (ScheduleActionStartWorkflow) schedule.getAction();
      assertThat(action.getOptions().getTypedSearchAttributes().get(SearchAttributes.TENANT_ID))
          .as(action.getWorkflowType())
          .isEqualTo(SearchAttributes.PLATFORM_TENANT);
    }
  }

  private static List<Schedule> allSchedules() {
    ArchivalSchedule archival = new ArchivalSchedule();
    archival.cron = "30 2 * * *";
    archival.timeZone = "UTC";
    TenantInvoicesSchedule invoices = new TenantInvoicesSchedule();
    invoices.cron = "0 3 1 * *";
    invoices.timeZone = "UTC";
    ReconciliationInboxSchedule inbox = new ReconciliationInboxSchedule();
    inbox.cron = "*/5 * * * *";
    TrackingPollSchedule tracking = new TrackingPollSchedule();
    tracking.interval = Duration.ofMinutes(15);
    return List.of(archival.schedule(), invoices.schedule(), inbox.schedule(), tracking.schedule());
  }
}
