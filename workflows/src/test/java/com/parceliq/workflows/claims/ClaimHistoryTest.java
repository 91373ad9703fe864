package com.parceliq.workflows.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.domain.Money;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded claim (filed with the carrier, polled past its deadline, flagged, then
 * approved by an operator and paid); records it again with {@code
 * -Dparceliq.record-histories=true}.
 */
class ClaimHistoryTest {

  private static final String HISTORY = "claim-deadline-operator-approval";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedClaimReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, ClaimWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordDeadlineThenOperatorApproval(TestWorkflowEnvironment env) {
    ClaimHarness harness = new ClaimHarness(env);
    // A two-day deadline keeps the recorded history short: eight polls, not 120.
    Duration deadline = Duration.ofDays(2);
    ClaimWorkflow claim = harness.submit(ClaimHarness.newClaim(deadline));
    env.sleep(deadline.plus(Duration.ofHours(1)));

    ClaimHarness.decide(
        claim, new ClaimDecision("approve", Money.usd("35.00"), "photos show damage", "op"));
    harness.untyped().getResult(ClaimSnapshot.class);

    String workflowId = WorkflowIds.claim(ClaimHarness.TENANT, ClaimHarness.CLAIM);
    assertThat(RecordedHistories.record(env.getWorkflowClient(), workflowId, HISTORY)).exists();
  }
}
