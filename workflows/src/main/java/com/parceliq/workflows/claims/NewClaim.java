package com.parceliq.workflows.claims;

import com.parceliq.domain.Money;
import java.time.Duration;
import java.util.List;

/**
 * A claim as submitted, with the label it is about ({@code carrierAccountId} null for the
 * platform's own contract) and the timings read from configuration by whoever starts the workflow:
 * how often the carrier is asked for its decision, and how long to wait for one before an operator
 * is asked to look.
 */
public record NewClaim(
    String tenantId,
    String claimId,
    String shipmentId,
    String trackingCode,
    String carrier,
    String carrierAccountId,
    String type,
    Money amount,
    String description,
    List<ClaimEvidence> evidence,
    Duration carrierPollInterval,
    Duration decisionDeadline) {

  public NewClaim {
    evidence = List.copyOf(evidence);
  }
}
