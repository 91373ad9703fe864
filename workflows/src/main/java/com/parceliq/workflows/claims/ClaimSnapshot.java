package com.parceliq.workflows.claims;

import com.parceliq.domain.Money;
import java.time.Instant;
import java.util.List;

/**
 * The claim as the workflow knows it now: what the read model records and what {@code
 * claim.updated} carries. {@code decidedBy} is {@code carrier} or {@code operator}; {@code
 * carrierClaimId} stays null for a claim an operator handles.
 */
public record ClaimSnapshot(
    String tenantId,
    String claimId,
    String shipmentId,
    String type,
    Money amount,
    String description,
    String status,
    String carrier,
    String carrierClaimId,
    Money approvedAmount,
    String decidedBy,
    String decisionReason,
    Instant deadlineAt,
    boolean needsAttention,
    String ledgerEntryId,
    List<ClaimEvidence> evidence,
    Instant createdAt,
    Instant updatedAt) {}
