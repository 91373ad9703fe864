package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/**
 * Claim calls to one carrier, on the carrier's own task queue like {@link CarrierActivities}.
 * Refusals fail with non-retryable {@code CARRIER.REJECTED}; outages are retryable.
 */
@ActivityInterface
public interface ClaimCarrierActivities {

  /**
   * Files the claim (once per claim id); a carrier without the claims capability answers {@link
   * CarrierClaimAnswer#manual()}.
   */
  CarrierClaimAnswer fileClaimWithCarrier(ClaimFiling filing);

  /** Where the filed claim {@code carrierClaimId} stands; changes nothing. */
  CarrierClaimAnswer checkClaimWithCarrier(ClaimFiling filing, String carrierClaimId);
}
