package com.parceliq.workflows.pickup;

import com.parceliq.workflows.ports.PickupCancel;
import com.parceliq.workflows.ports.PickupFeeSettlement;
import com.parceliq.workflows.ports.PickupPosting;
import com.parceliq.workflows.ports.PickupQuote;
import com.parceliq.workflows.ports.ScheduledPickup;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Saga;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * Buys a pickup as a saga, like a label purchase: hold the quoted fee in the wallet, schedule with
 * the carrier, settle the hold against the fee the carrier confirmed. Each compensation is
 * registered before the step it undoes and runs in a detached scope; a short wallet fails the hold,
 * so nothing is ever scheduled unpaid.
 */
final class PickupPurchase {

  private static final Logger log = Workflow.getLogger(PickupPurchase.class);

  private final PickupActivities activities;
  private final PickupState state;

  /** The carrier's confirmation, once it scheduled: what the compensation must cancel. */
  private static final class Progress {
    ScheduledPickup scheduled;
  }

  PickupPurchase(PickupActivities activities, PickupState state) {
    this.activities = activities;
    this.state = state;
  }

  ScheduledPickup run(PickupQuote quote, String clientKey) {
    PickupKeys keys = PickupKeys.buy(state.tenantId(), state.pickupId(), clientKey);
    Progress progress = new Progress();
    Saga saga =
        new Saga(
            new Saga.Options.Builder()
                .setParallelCompensation(false)
                .setContinueWithError(false)
                .build());
    try {
      saga.addCompensation(() -> releaseHold(quote, keys));
      activities.ledger().holdPickupFee(posting(keys.hold(), quote, "Hold for pickup"));

      saga.addCompensation(() -> cancelThenRefund(quote, progress, keys));
      ScheduledPickup scheduled =
          activities
              .carrierSchedule()
              .schedulePickup(state.ask(), quote.service(), keys.carrierSchedule());
      progress.scheduled = scheduled;

      activities
          .ledger()
          .settlePickupFee(
              new PickupFeeSettlement(
                  state.tenantId(),
                  state.pickupId(),
                  keys.settle(),
                  quote.fee(),
                  scheduled.fee(),
                  "Pickup "
                      + state.pickupId()
                      + " "
                      + quote.carrier()
                      + " "
                      + quote.service()
                      + " "
                      + scheduled.confirmation()));
      return scheduled;
    } catch (TemporalFailure failure) {
      log.warn("pickup {} purchase failed, compensating: {}", state.pickupId(), failure.toString());
      Workflow.newDetachedCancellationScope(saga::compensate).run();
      throw Refusals.from(failure);
    }
  }

  private void releaseHold(PickupQuote quote, PickupKeys keys) {
    activities.ledger().releasePickupHold(posting(keys.release(), quote, "Release of hold for"));
  }

  private void cancelThenRefund(PickupQuote quote, Progress progress, PickupKeys keys) {
    if (progress.scheduled == null) {
      return;
    }
    activities
        .carrierCancel()
        .cancelPickup(
            new PickupCancel(
                state.tenantId(),
                quote.carrier(),
                state.pickup().carrierAccountId(),
                progress.scheduled.confirmation(),
                keys.carrierCancel()));
    activities.ledger().refundPickupFee(posting(keys.refund(), quote, "Refund of pickup fee of"));
  }

  private PickupPosting posting(String key, PickupQuote quote, String what) {
    return new PickupPosting(
        state.tenantId(), state.pickupId(), key, quote.fee(), what + " " + state.pickupId());
  }
}
