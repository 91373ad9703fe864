package com.parceliq.activities.claims;

import com.parceliq.activities.ledger.LedgerWrites;
import com.parceliq.domain.ClaimStatus;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import com.parceliq.store.ClaimEntity;
import com.parceliq.store.ClaimEvidenceEntity;
import com.parceliq.workflows.claims.ClaimEvidence;
import com.parceliq.workflows.claims.ClaimSnapshot;
import com.parceliq.workflows.ports.ClaimRecordActivities;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Writes the claim read model and pays approved claims. The claim row is inserted with {@code on
 * conflict do nothing}: a retry finds its own row, while a second open claim on the shipment (the
 * partial unique index of V22) finds none and is refused.
 */
@ApplicationScoped
public class ClaimRecordActivitiesImpl implements ClaimRecordActivities {

  private final LedgerWrites ledger;

  @Inject
  public ClaimRecordActivitiesImpl(LedgerWrites ledger) {
    this.ledger = ledger;
  }

  @Override
  @Transactional
  public void recordClaimSubmitted(ClaimSnapshot claim) {
    ClaimEntity.getEntityManager()
        .createNativeQuery(
            """
            insert into claims (id, tenant_id, shipment_id, type, amount, currency, description,
              status, carrier, deadline_at, needs_attention, created_at, updated_at)
            values (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, false, ?11, ?11)
            on conflict do nothing
            """)
        .setParameter(1, claim.claimId())
        .setParameter(2, claim.tenantId())
        .setParameter(3, claim.shipmentId())
        .setParameter(4, claim.type())
        .setParameter(5, claim.amount().amount())
        .setParameter(6, claim.amount().currency())
        .setParameter(7, claim.description())
        .setParameter(8, ClaimStatus.SUBMITTED.wireName())
        .setParameter(9, claim.carrier())
        .setParameter(10, claim.deadlineAt())
        .setParameter(11, claim.createdAt())
        .executeUpdate();
    if (ClaimEntity.findForTenant(claim.tenantId(), claim.claimId()).isEmpty()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "Shipment " + claim.shipmentId() + " already has an open claim.",
          ErrorCode.CLAIM_INVALID_STATE.code());
    }
    for (ClaimEvidence file : claim.evidence()) {
      if (ClaimEvidenceEntity.findByIdOptional(key(claim.claimId(), file.position())).isEmpty()) {
        evidenceRow(claim, file).persist();
      }
    }
  }

  @Override
  @Transactional
  public void recordClaimState(ClaimSnapshot claim) {
    ClaimEntity row = require(claim);
    row.status = claim.status();
    row.carrierClaimId = claim.carrierClaimId();
    row.approvedAmount = claim.approvedAmount() == null ? null : claim.approvedAmount().amount();
    row.decidedBy = claim.decidedBy();
    row.decisionReason = claim.decisionReason();
    row.needsAttention = claim.needsAttention();
    row.updatedAt = claim.updatedAt();
  }

  @Override
  @Transactional
  public String payClaim(ClaimSnapshot claim) {
    Money amount = claim.approvedAmount();
    String entryId =
        ledger.postClaimPayout(
            claim.tenantId(),
            claim.shipmentId(),
            "claim:" + claim.claimId() + ":payout",
            amount,
            "Claim "
                + claim.claimId()
                + " ("
                + claim.type()
                + ") approved by "
                + claim.decidedBy());
    ClaimEntity row = require(claim);
    row.status = ClaimStatus.PAID.wireName();
    row.ledgerEntryId = entryId;
    row.updatedAt = Instant.now();
    return entryId;
  }

  private static ClaimEntity require(ClaimSnapshot claim) {
    return ClaimEntity.findForTenant(claim.tenantId(), claim.claimId())
        .orElseThrow(() -> new IllegalStateException("claim " + claim.claimId() + " not recorded"));
  }

  private static ClaimEvidenceEntity.Key key(String claimId, int position) {
    ClaimEvidenceEntity.Key key = new ClaimEvidenceEntity.Key();
    key.claimId = claimId;
    key.position = position;
    return key;
  }

  private static ClaimEvidenceEntity evidenceRow(ClaimSnapshot claim, ClaimEvidence file) {
    ClaimEvidenceEntity row = new ClaimEvidenceEntity();
    row.claimId = claim.claimId();
    row.tenantId = claim.tenantId();
    row.position = file.position();
    row.filename = file.filename();
    row.contentType = file.contentType();
    row.size = file.size();
    row.sha256 = file.sha256();
    row.bucket = file.bucket();
    row.key = file.key();
    return row;
  }
}
