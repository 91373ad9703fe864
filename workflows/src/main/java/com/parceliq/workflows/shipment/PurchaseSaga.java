package com.parceliq.workflows.shipment;

import com.parceliq.domain.ErrorCode;
import com.parceliq.workflows.ports.BoughtLabel;
import com.parceliq.workflows.ports.BoughtLabelSummary;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.PurchaseRecord;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.StoredLabel;
import com.parceliq.workflows.ports.VoidOutcome;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.support.Refusals;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Saga;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * Buys one label as a saga: charge the wallet, buy from the carrier, store the file, record it.
 * Each compensation is registered before the step it undoes (a step can take effect and still
 * report a failure), and compensations run in a detached scope so that cancelling the workflow
 * cannot stop a refund halfway. Any failure ends as a refusal carrying the original code and
 * message (the carrier's own words for a rejection).
 */
final class PurchaseSaga {

  private static final Logger log = Workflow.getLogger(PurchaseSaga.class);

  private final ShipmentActivities activities;
  private final ShipmentState state;
  private final OperatorDesk operatorDesk;
  private final CarrierPurchase carrierPurchase;

  /** What the compensations need to know about how far the saga got. */
  private static final class Progress {
    boolean chargeRefused;
    BoughtLabel label;
  }

  PurchaseSaga(ShipmentActivities activities, ShipmentState state, OperatorDesk operatorDesk) {
    this.activities = activities;
    this.state = state;
    this.operatorDesk = operatorDesk;
    this.carrierPurchase = new CarrierPurchase(activities, state, operatorDesk);
  }

  Purchase run(RateQuote quote, String clientKey) {
    PurchaseKeys keys = PurchaseKeys.of(state.tenantId(), state.shipmentId(), clientKey);
    Progress progress = new Progress();
    // Sequential, stopping at the first failure: the refund must not run while the label stands.
    Saga saga =
        new Saga(
            new Saga.Options.Builder()
                .setParallelCompensation(false)
                .setContinueWithError(false)
                .build());
    try {
      saga.addCompensation(() -> refundUnlessRefused(progress, quote, keys));
      LedgerReceipt charge = charge(progress, quote, keys);

      saga.addCompensation(() -> voidIfBought(progress, keys));
      BoughtLabel label = carrierPurchase.buy(quote, keys.carrierPurchase());
      progress.label = label;

      StoredLabel stored =
          activities
              .labelStorage()
              .storeLabel(
                  state.tenantId(), state.shipmentId(), label.labelFormat(), label.labelFile());
      BoughtLabelSummary summary = BoughtLabelSummary.of(label);
      activities
          .records()
          .recordPurchase(
              new PurchaseRecord(
                  state.tenantId(),
                  state.shipmentId(),
                  quote.rateId(),
                  summary,
                  stored,
                  charge.entryId()));
      return new Purchase(summary, stored, charge);
    } catch (TemporalFailure failure) {
      log.warn("purchase of {} failed, compensating: {}", state.shipmentId(), failure.toString());
      compensate(saga);
      throw Refusals.from(failure);
    }
  }

  private LedgerReceipt charge(Progress progress, RateQuote quote, PurchaseKeys keys) {
    try {
      return activities
          .ledger()
          .chargeLabel(
              new WalletPosting(
                  state.tenantId(),
                  state.shipmentId(),
                  keys.charge(),
                  quote.amount(),
                  "Label "
                      + quote.carrier()
                      + " "
                      + quote.service()
                      + " ("
                      + quote.rateId()
                      + ")"));
    } catch (ActivityFailure failure) {
      // A refusal (no funds) means nothing was posted; anything else may have posted.
      progress.chargeRefused = isRefusal(failure);
      throw failure;
    }
  }

  private void compensate(Saga saga) {
    Workflow.newDetachedCancellationScope(
            () -> {
              while (true) {
                try {
                  saga.compensate();
                  return;
                } catch (TemporalFailure failure) {
                  // Only a carrier refusing the void gets here (the rest retries until done); the
                  // refund has not run, since refunding a label that still exists loses money.
                  ApplicationFailure refusal = Refusals.from(failure);
                  OperatorDecision decision =
                      operatorDesk.awaitDecision(
                          refusal.getType(),
                          "could not undo the purchase: " + refusal.getOriginalMessage());
                  if (decision.isCancel()) {
                    return;
                  }
                }
              }
            })
        .run();
  }

  private void refundUnlessRefused(Progress progress, RateQuote quote, PurchaseKeys keys) {
    if (progress.chargeRefused) {
      return;
    }
    activities
        .ledger()
        .refundLabel(
            new WalletPosting(
                state.tenantId(),
                state.shipmentId(),
                keys.refund(),
                quote.amount(),
                "Refund of label " + quote.carrier() + " " + quote.service()));
  }

  private void voidIfBought(Progress progress, PurchaseKeys keys) {
    BoughtLabel label = progress.label;
    if (label == null) {
      return;
    }
    VoidOutcome outcome =
        activities
            .carrierVoid(label.carrier())
            .voidLabel(
                new LabelVoid(
                    state.tenantId(),
                    state.shipmentId(),
                    keys.carrierVoid(),
                    label.carrier(),
                    label.trackingCode(),
                    label.carrierShipmentId(),
                    state.shipment().reference()));
    // The label stands: stop the compensation before the refund, as a rejected activity would.
    if (outcome.refund() == VoidOutcome.Refund.REJECTED) {
      throw Refusals.refuse(ErrorCode.CARRIER_REJECTED, outcome.message());
    }
  }

  private static boolean isRefusal(ActivityFailure failure) {
    return failure.getRetryState() == RetryState.RETRY_STATE_NON_RETRYABLE_FAILURE;
  }
}
