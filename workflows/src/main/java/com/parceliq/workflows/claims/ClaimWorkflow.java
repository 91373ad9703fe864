package com.parceliq.workflows.claims;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * One claim's life (id {@code claim:<tenant>:<clm>}): recorded, filed with the carrier, then a
 * durable wait for the carrier's decision (polled) or an operator's (the {@code decide} update),
 * with a deadline after which the claim asks for an operator; an approval is paid once.
 */
@WorkflowInterface
public interface ClaimWorkflow {

  @WorkflowMethod
  ClaimSnapshot run(NewClaim claim);

  /**
   * Completes once the claim is recorded (used with update-with-start); fails with {@code
   * CLAIM.INVALID_STATE} when its shipment already has an open claim, and nothing is recorded.
   */
  @UpdateMethod
  ClaimSnapshot submitted();

  /** An operator's decision; answers once it is recorded (and an approval paid). */
  @UpdateMethod
  ClaimSnapshot decide(ClaimDecision decision);

  @UpdateValidatorMethod(updateName = "decide")
  void validateDecide(ClaimDecision decision);

  @QueryMethod
  ClaimSnapshot snapshot();
}
