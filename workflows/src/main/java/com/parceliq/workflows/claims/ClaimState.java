package com.parceliq.workflows.claims;

import com.parceliq.domain.ClaimStatus;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.ClaimFiling;
import io.temporal.failure.ApplicationFailure;
import java.time.Instant;
import java.util.Optional;

/**
 * What the claim workflow knows, changed only by the workflow and its update handler. A decision is
 * taken at most once (by the carrier or an operator); the main loop then records and pays it.
 */
final class ClaimState {

  static final String BY_CARRIER = "carrier";
  static final String BY_OPERATOR = "operator";

  /** A decision taken, not yet recorded. */
  record Decision(boolean approve, Money amount, String decidedBy, String reason) {}

  private final NewClaim claim;
  private final Instant createdAt;
  private final Instant deadlineAt;
  private ClaimStatus status = ClaimStatus.SUBMITTED;
  private String carrierClaimId;
  private Money approvedAmount;
  private String decidedBy;
  private String decisionReason;
  private boolean needsAttention;
  private String ledgerEntryId;
  private Instant updatedAt;
  private Decision decision;
  private boolean recordSettled;
  private ApplicationFailure refusal;
  private boolean settled;

  ClaimState(NewClaim claim, Instant now) {
    this.claim = claim;
    this.createdAt = now;
    this.updatedAt = now;
    this.deadlineAt = now.plus(claim.decisionDeadline());
  }

  NewClaim claim() {
    return claim;
  }

  ClaimStatus status() {
    return status;
  }

  Instant deadlineAt() {
    return deadlineAt;
  }

  Optional<String> carrierClaimId() {
    return Optional.ofNullable(carrierClaimId);
  }

  boolean needsAttention() {
    return needsAttention;
  }

  boolean decided() {
    return decision != null;
  }

  boolean recordSettled() {
    return recordSettled;
  }

  Optional<ApplicationFailure> refusal() {
    return Optional.ofNullable(refusal);
  }

  boolean settled() {
    return settled;
  }

  void recorded() {
    recordSettled = true;
  }

  void refused(ApplicationFailure failure) {
    refusal = failure;
    recordSettled = true;
    settled = true;
  }

  void filed(String carrierClaimId, boolean needsAttention, Instant now) {
    this.status = ClaimStatus.FILED;
    this.carrierClaimId = carrierClaimId;
    this.needsAttention = needsAttention;
    this.updatedAt = now;
  }

  void flagForOperator(Instant now) {
    needsAttention = true;
    updatedAt = now;
  }

  void decide(Decision taken) {
    if (decision == null) {
      decision = taken;
    }
  }

  /** Applies the decision taken: approved (to be paid) or denied; the flag comes down. */
  void applyDecision(Instant now) {
    status = decision.approve() ? ClaimStatus.APPROVED : ClaimStatus.DENIED;
    approvedAmount = decision.approve() ? decision.amount() : null;
    decidedBy = decision.decidedBy();
    decisionReason = decision.reason();
    needsAttention = false;
    updatedAt = now;
  }

  void paid(String ledgerEntryId, Instant now) {
    this.status = ClaimStatus.PAID;
    this.ledgerEntryId = ledgerEntryId;
    this.updatedAt = now;
  }

  void settle() {
    settled = true;
  }

  ClaimFiling filing() {
    return new ClaimFiling(
        claim.tenantId(),
        claim.claimId(),
        claim.carrier(),
        claim.carrierAccountId(),
        claim.trackingCode(),
        claim.type(),
        claim.amount(),
        claim.description());
  }

  ClaimSnapshot snapshot() {
    return new ClaimSnapshot(
        claim.tenantId(),
        claim.claimId(),
        claim.shipmentId(),
        claim.type(),
        claim.amount(),
        claim.description(),
        status.wireName(),
        claim.carrier(),
        carrierClaimId,
        approvedAmount,
        decidedBy,
        decisionReason,
        deadlineAt,
        needsAttention,
        ledgerEntryId,
        claim.evidence(),
        createdAt,
        updatedAt);
  }
}
