package com.parceliq.workflows.claims;

import com.parceliq.domain.EventType;
import com.parceliq.workflows.ports.DomainEvent;

/**
 * {@code claim.updated} at each status change, after the change is recorded. A claim reaches each
 * status at most once, so the fact key {@code claim:<clm>:<status>} makes a retried activity or a
 * replayed workflow emit it once. The data is the claim as it is then, fixed in history.
 */
final class ClaimEvents {

  private ClaimEvents() {}

  static void updated(ClaimActivities activities, ClaimSnapshot claim) {
    activities
        .events()
        .emit(
            new DomainEvent(
                claim.tenantId(),
                "claim:" + claim.claimId() + ":" + claim.status(),
                EventType.CLAIM_UPDATED.wireName(),
                claim.shipmentId(),
                ClaimJson.of(claim)));
  }
}
