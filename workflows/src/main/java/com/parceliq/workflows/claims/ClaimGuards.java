package com.parceliq.workflows.claims;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import com.parceliq.workflows.support.Refusals;

/**
 * Whether an operator's decision is accepted now. The validator calls it to refuse before history;
 * the handler again, because the carrier may have decided in between.
 */
final class ClaimGuards {

  private ClaimGuards() {}

  /** The decision as it will be applied: an approval without an amount pays the whole claim. */
  static ClaimState.Decision requireDecidable(ClaimState state, ClaimDecision request) {
    String id = state.claim().claimId();
    if (state.refusal().isPresent() || !state.recordSettled()) {
      throw Refusals.refuse(
          ErrorCode.CLAIM_INVALID_STATE, "Claim " + id + " is not recorded; it cannot be decided.");
    }
    if (state.decided() || !state.status().open()) {
      throw Refusals.refuse(
          ErrorCode.CLAIM_INVALID_STATE,
          "Claim " + id + " is already decided (" + state.status().wireName() + ").");
    }
    if (request == null
        || !(ClaimDecision.APPROVE.equals(request.decision())
            || ClaimDecision.DENY.equals(request.decision()))) {
      throw Refusals.refuse(ErrorCode.REQUEST_INVALID, "The decision must be approve or deny.");
    }
    if (!request.approves()) {
      return new ClaimState.Decision(false, null, ClaimState.BY_OPERATOR, request.reason());
    }
    Money claimed = state.claim().amount();
    Money amount = request.amount() == null ? claimed : request.amount();
    if (!amount.currency().equals(claimed.currency()) || !amount.exceedsZero()) {
      throw Refusals.refuse(
          ErrorCode.REQUEST_INVALID,
          "The approved amount must be a positive amount in " + claimed.currency() + ".");
    }
    if (claimed.isLessThan(amount)) {
      throw Refusals.refuse(
          ErrorCode.CLAIM_INVALID_STATE,
          "Claim "
              + id
              + " is for "
              + claimed.toDecimalString()
              + "; "
              + amount.toDecimalString()
              + " cannot be approved.");
    }
    return new ClaimState.Decision(true, amount, ClaimState.BY_OPERATOR, request.reason());
  }
}
