package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.ArchivalSchedules;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.TestStack;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.schedules.ScheduleActionExecutionStartWorkflow;
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

  @Test
  void theWorkersCreateADailyScheduleThatSkipsOverlapsAndCatchesUpOneDay() {
    try (ArchivalSchedules schedules = new ArchivalSchedules(TestStack.config())) {
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
      assertThat(action.getOptions().getWorkflowId()).isEqualTo(ArchivalSchedules.SCHEDULE_ID);
      assertThat(action.getOptions().getTaskQueue()).isEqualTo("archival");
    }
  }

  @Test
  void aTriggeredRunGoesThroughEveryTenantAndCompletes() {
    // At least one tenant to go through, whichever ITs ran before.
    TestStack.newTenant();
    try (ArchivalSchedules schedules = new ArchivalSchedules(TestStack.config())) {
      long before = schedules.describe().getInfo().getNumActions();

      schedules.trigger();

      ScheduleDescription triggered =
          Eventually.await(
              "the archival schedule to start a run",
              Duration.ofSeconds(30),
              schedules::describe,
              described -> described.getInfo().getNumActions() > before);
      String workflowId =
          ((ScheduleActionExecutionStartWorkflow)
                  triggered.getInfo().getRecentActions().getLast().getAction())
              .getWorkflowId();
      assertThat(workflowId).startsWith(ArchivalSchedules.SCHEDULE_ID + "-");
      @SuppressWarnings("unchecked")
      Map<String, Object> progress =
          schedules.workflows().newUntypedWorkflowStub(workflowId).getResult(Map.class);
      assertThat(progress).containsEntry("state", "completed").containsEntry("runId", workflowId);
      assertThat(((Number) progress.get("tenantsDone")).intValue()).isPositive();
    }
  }
}
