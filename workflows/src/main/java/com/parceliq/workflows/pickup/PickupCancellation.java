package com.parceliq.workflows.pickup;

import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.PickupCancel;
import com.parceliq.workflows.ports.PickupPosting;
import com.parceliq.workflows.ports.ScheduledPickup;
import java.util.Optional;

/**
 * Cancels a pickup: a scheduled one with the carrier first (its refusal fails the cancel with
 * {@code CARRIER.REJECTED} and the pickup stays scheduled and paid), then its fee back to the
 * wallet. A pickup never bought has nothing at the carrier and nothing to refund.
 */
final class PickupCancellation {

  private final PickupActivities activities;
  private final PickupState state;

  PickupCancellation(PickupActivities activities, PickupState state) {
    this.activities = activities;
    this.state = state;
  }

  void cancel(String clientKey) {
    PickupKeys keys = PickupKeys.cancel(state.tenantId(), state.pickupId(), clientKey);
    Optional<ScheduledPickup> scheduled = state.scheduledPickup();
    if (scheduled.isPresent()) {
      activities
          .carrierCancel()
          .cancelPickup(
              new PickupCancel(
                  state.tenantId(),
                  activities.carrier(),
                  state.pickup().carrierAccountId(),
                  scheduled.get().confirmation(),
                  keys.carrierCancel()));
      Money fee = scheduled.get().fee();
      activities
          .ledger()
          .refundPickupFee(
              new PickupPosting(
                  state.tenantId(),
                  state.pickupId(),
                  keys.refund(),
                  fee,
                  "Refund of pickup fee of " + state.pickupId()));
    }
    activities.records().recordPickupCanceled(state.tenantId(), state.pickupId());
    state.canceled();
  }
}
