package com.parceliq.workflows.claims;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInit;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;

/**
 * The claim workflow: records the claim, files it with the carrier (or for an operator when the
 * carrier takes no claims, or refused to file it), then waits durably for a decision. The carrier
 * is polled every {@code carrierPollInterval}; an operator may decide through the {@code decide}
 * update at any time; past the deadline the claim is flagged NeedsAttention and waits for the
 * operator. An approval is paid once; every status change emits {@code claim.updated}.
 */
public class ClaimWorkflowImpl implements ClaimWorkflow {

  private static final Logger log = Workflow.getLogger(ClaimWorkflowImpl.class);

  private final ClaimState state;
  private final ClaimActivities activities;
  private final ClaimCarrier carrier;

  /** State exists before any handler runs, even for an update that arrives with the start. */
  @WorkflowInit
  public ClaimWorkflowImpl(NewClaim claim) {
    this.state = new ClaimState(claim, now());
    this.activities = new ClaimActivities(claim.carrier());
    this.carrier = new ClaimCarrier(activities, state);
  }

  @Override
  public ClaimSnapshot run(NewClaim claim) {
    Workflow.upsertTypedSearchAttributes(
        SearchAttributes.TENANT_ID.valueSet(claim.tenantId()),
        SearchAttributes.SHIPMENT_ID.valueSet(claim.shipmentId()),
        SearchAttributes.NEEDS_ATTENTION.valueSet(false));
    try {
      activities.records().recordClaimSubmitted(state.snapshot());
    } catch (ActivityFailure failure) {
      // Another open claim on the shipment: the caller hears why, and nothing was recorded.
      state.refused(Refusals.from(failure));
      Workflow.await(Workflow::isEveryHandlerFinished);
      throw state.refusal().orElseThrow();
    }
    state.recorded();
    ClaimEvents.updated(activities, state.snapshot());
    carrier.file();
    awaitDecision(claim.carrierPollInterval());
    settle();
    Workflow.await(Workflow::isEveryHandlerFinished);
    log.info("claim {} done as {}", claim.claimId(), state.status().wireName());
    return state.snapshot();
  }

  @Override
  public ClaimSnapshot submitted() {
    Workflow.await(state::recordSettled);
    if (state.refusal().isPresent()) {
      throw state.refusal().get();
    }
    return state.snapshot();
  }

  @Override
  public void validateDecide(ClaimDecision decision) {
    ClaimGuards.requireDecidable(state, decision);
  }

  @Override
  public ClaimSnapshot decide(ClaimDecision decision) {
    state.decide(ClaimGuards.requireDecidable(state, decision));
    Workflow.await(state::settled);
    return state.snapshot();
  }

  @Override
  public ClaimSnapshot snapshot() {
    return state.snapshot();
  }

  private void awaitDecision(Duration pollInterval) {
    long nextPoll = Workflow.currentTimeMillis() + pollInterval.toMillis();
    while (!state.decided()) {
      boolean polls = state.carrierClaimId().isPresent();
      boolean watchesDeadline = !state.needsAttention();
      long until = Long.MAX_VALUE;
      if (polls) {
        until = nextPoll;
      }
      if (watchesDeadline) {
        until = Math.min(until, state.deadlineAt().toEpochMilli());
      }
      if (until == Long.MAX_VALUE) {
        Workflow.await(state::decided);
        return;
      }
      Duration wait = Duration.ofMillis(Math.max(0, until - Workflow.currentTimeMillis()));
      if (Workflow.await(wait, state::decided)) {
        return;
      }
      long now = Workflow.currentTimeMillis();
      if (polls && now >= nextPoll) {
        carrier.poll();
        nextPoll = Workflow.currentTimeMillis() + pollInterval.toMillis();
      }
      if (!state.decided() && watchesDeadline && now >= state.deadlineAt().toEpochMilli()) {
        flagForOperator();
      }
    }
  }

  private void flagForOperator() {
    state.flagForOperator(now());
    activities.records().recordClaimState(state.snapshot());
    Workflow.upsertTypedSearchAttributes(SearchAttributes.NEEDS_ATTENTION.valueSet(true));
    log.info("claim {} passed its decision deadline; an operator is asked to decide", id());
  }

  private void settle() {
    state.applyDecision(now());
    activities.records().recordClaimState(state.snapshot());
    Workflow.upsertTypedSearchAttributes(SearchAttributes.NEEDS_ATTENTION.valueSet(false));
    ClaimEvents.updated(activities, state.snapshot());
    if (state.snapshot().approvedAmount() != null) {
      String ledgerEntryId = activities.records().payClaim(state.snapshot());
      state.paid(ledgerEntryId, now());
      ClaimEvents.updated(activities, state.snapshot());
    }
    state.settle();
  }

  private String id() {
    return state.claim().claimId();
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
