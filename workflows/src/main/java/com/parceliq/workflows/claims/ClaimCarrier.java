package com.parceliq.workflows.claims;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.ports.CarrierClaimAnswer;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * The claim's dealings with its carrier, from workflow code: filing (or, when the carrier takes no
 * claims or refuses this one, filing for an operator) and polling for the carrier's decision.
 */
final class ClaimCarrier {

  private static final Logger log = Workflow.getLogger(ClaimCarrier.class);

  private final ClaimActivities activities;
  private final ClaimState state;

  ClaimCarrier(ClaimActivities activities, ClaimState state) {
    this.activities = activities;
    this.state = state;
  }

  /** With the carrier, or for an operator: one that cannot be filed needs one at once. */
  void file() {
    CarrierClaimAnswer answer;
    boolean filingFailed = false;
    try {
      answer = activities.filing().fileClaimWithCarrier(state.filing());
    } catch (ActivityFailure failure) {
      log.warn("claim {} could not be filed with the carrier: {}", id(), failure.getMessage());
      answer = CarrierClaimAnswer.manual();
      filingFailed = true;
    }
    state.filed(
        answer.carrierClaimId(), filingFailed, Instant.ofEpochMilli(Workflow.currentTimeMillis()));
    activities.records().recordClaimState(state.snapshot());
    if (filingFailed) {
      Workflow.upsertTypedSearchAttributes(SearchAttributes.NEEDS_ATTENTION.valueSet(true));
    }
    ClaimEvents.updated(activities, state.snapshot());
    take(answer);
  }

  /** A failed poll is not a decision: the next one asks again. */
  void poll() {
    try {
      take(
          activities
              .polling()
              .checkClaimWithCarrier(state.filing(), state.carrierClaimId().orElseThrow()));
    } catch (ActivityFailure failure) {
      log.warn("claim {}: the carrier did not say where it stands: {}", id(), failure.getMessage());
    }
  }

  private void take(CarrierClaimAnswer answer) {
    if (!answer.decided()) {
      return;
    }
    boolean approve =
        CarrierClaimAnswer.APPROVED.equals(answer.status())
            && answer.approvedAmount() != null
            && answer.approvedAmount().exceedsZero();
    // The carrier pays at most what was claimed: the claim is what the tenant asked for.
    state.decide(
        new ClaimState.Decision(
            approve,
            approve ? answer.approvedAmount().atMost(state.claim().amount()) : null,
            ClaimState.BY_CARRIER,
            answer.reason()));
  }

  private String id() {
    return state.claim().claimId();
  }
}
