package com.parceliq.api.claims;

import com.parceliq.api.http.Decimals;
import com.parceliq.store.ClaimEntity;
import com.parceliq.store.ClaimEvidenceEntity;
import com.parceliq.workflows.claims.ClaimSnapshot;
import java.util.List;

/** Claim DTOs from the read model's rows, or from the workflow before its row exists. */
final class ClaimViews {

  private ClaimViews() {}

  static ClaimDto of(ClaimEntity row, List<ClaimEvidenceEntity> files) {
    return new ClaimDto(
        row.id,
        ClaimDto.OBJECT,
        row.shipmentId,
        row.type,
        row.status,
        Decimals.money(row.amount),
        row.currency,
        row.description,
        row.carrier,
        row.carrierClaimId,
        Decimals.money(row.approvedAmount),
        row.decidedBy,
        row.decisionReason,
        row.deadlineAt,
        row.needsAttention,
        row.ledgerEntryId,
        files.stream()
            .map(
                file ->
                    new ClaimDto.Evidence(
                        file.position,
                        file.filename,
                        file.contentType,
                        file.size,
                        file.sha256,
                        file.bucket,
                        file.key))
            .toList(),
        row.createdAt,
        row.updatedAt);
  }

  static ClaimDto of(ClaimSnapshot claim) {
    return new ClaimDto(
        claim.claimId(),
        ClaimDto.OBJECT,
        claim.shipmentId(),
        claim.type(),
        claim.status(),
        claim.amount().toDecimalString(),
        claim.amount().currency(),
        claim.description(),
        claim.carrier(),
        claim.carrierClaimId(),
        claim.approvedAmount() == null ? null : claim.approvedAmount().toDecimalString(),
        claim.decidedBy(),
        claim.decisionReason(),
        claim.deadlineAt(),
        claim.needsAttention(),
        claim.ledgerEntryId(),
        claim.evidence().stream()
            .map(
                file ->
                    new ClaimDto.Evidence(
                        file.position(),
                        file.filename(),
                        file.contentType(),
                        file.size(),
                        file.sha256(),
                        file.bucket(),
                        file.key()))
            .toList(),
        claim.createdAt(),
        claim.updatedAt());
  }
}
