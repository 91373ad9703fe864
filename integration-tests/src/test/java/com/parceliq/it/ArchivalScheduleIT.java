package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.TemporalSchedules;
import com.parceliq.it.support.TestStack;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.ScheduleDescription;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The schedule the workers create at start, on the real Temporal server: the time-skipping test
 * server of the Java SDK has no schedules (its TestWorkflowService implements none of the schedule
 * calls; temporalio/sdk-java#1954), so its spec is read back here and a run is triggered.
 */
class ArchivalScheduleIT {

  private static final String SCHEDULE_ID = "archival";

  @Test
  void theWorkersCreateADailyScheduleThatSkipsOverlapsAndCatchesUpOneDay() {
    try (TemporalSchedules schedules = new TemporalSchedules(TestStack.config(), SCHEDULE_ID)) {
      ScheduleDescription described = schedules.describe();

      assertThat(described.getSchedule().getSpec().getTimeZoneName()).isEqualTo("UTC");
      List<Instant> next = described.getInfo().getNextActionTimes();
      assertThat(next).hasSizeGreaterThanOrEqualTo(2);
      // "0 3 * * *" in UTC: every next run at 03:00, a day after the one before.
      assertThat(next)
          .allSatisfy(
              at ->
                  assertThat(at.atZone(ZoneOffset.UTC).toLocalTime().toString())
                      .isEqualTo("03:00"));
      assertThat(Duration.between(next.get(0), next.get(1))).isEqualTo(Duration.ofDays(1));
      assertThat(described.getSchedule().getPolicy().getOverlap())
          .isEqualTo(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP);
      assertThat(described.getSchedule().getPolicy().getCatchupWindow())
          .isEqualTo(Duration.ofDays(1));
      ScheduleActionStartWorkflow action =
          (ScheduleActionStartWorkflow) described.getSchedule().getAction();
      assertThat(action.getWorkflowType()).isEqualTo("ArchivalWorkflow");
      assertThat(action.getOptions().getWorkflowId()).isEqualTo(SCHEDULE_ID);
      assertThat(action.getOptions().getTaskQueue()).isEqualTo("archival");
    }
  }

  @Test
  void aTriggeredRunGoesThroughEveryTenantAndCompletes() {
    // At least one tenant to go through, whichever ITs ran before.
    TestStack.newTenant();
    try (TemporalSchedules schedules = new TemporalSchedules(TestStack.config(), SCHEDULE_ID)) {
      String workflowId = schedules.triggerAndAwaitStart();

      assertThat(workflowId).startsWith(SCHEDULE_ID + "-");
      @SuppressWarnings("unchecked")
      Map<String, Object> progress =
          schedules.workflows().newUntypedWorkflowStub(workflowId).getResult(Map.class);
      assertThat(progress).containsEntry("state", "completed").containsEntry("runId", workflowId);
      assertThat(((Number) progress.get("tenantsDone")).intValue()).isPositive();
    }
  }
}
