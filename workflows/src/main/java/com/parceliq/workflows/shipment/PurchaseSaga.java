package com.parceliq.workflows.shipment;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.Money;
import com.parceliq.domain.pricing.Pricing;
import com.parceliq.workflows.ports.BoughtLabel;
import com.parceliq.workflows.ports.BoughtLabelSummary;
import com.parceliq.workflows.ports.LabelSettlement;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.PurchaseRecord;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.ports.StoredLabel;
import com.parceliq.workflows.ports.VoidOutcome;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ApplicationFailure;
import io.temporal.failure.TemporalFailure;
import io.temporal.workflow.Saga;
import io.temporal.workflow.Workflow;
import org.slf4j.Logger;

/**
 * Buys one label as a saga: hold the quoted amount in the wallet, buy from the carrier, store the
 * file, settle the hold against what the carrier actually charged, record it. Each compensation is
 * registered before the step it undoes (a step can take effect and still report a failure), and
 * compensations run in a detached scope so that cancelling the workflow cannot stop them halfway.
 * Any failure ends as a refusal carrying the original code and message (the carrier's own words for
 * a rejection).
 */
final class PurchaseSaga {

  private static final Logger log = Workflow.getLogger(PurchaseSaga.class);

  private final ShipmentActivities activities;
  private final ShipmentState state;
  private final OperatorDesk operatorDesk;
  private final CarrierPurchase carrierPurchase;

  /** The label, once the carrier made it: what the compensations must undo. */
  private static final class Progress {
    BoughtLabel label;
  }

  PurchaseSaga(
      ShipmentActivities activities,
      ShipmentState state,
      OperatorDesk operatorDesk,
      int carrierAttempts) {
    this.activities = activities;
    this.state = state;
    this.operatorDesk = operatorDesk;
    this.carrierPurchase = new CarrierPurchase(activities, state, operatorDesk, carrierAttempts);
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
      saga.addCompensation(() -> releaseHold(quote, keys));
      holdFunds(quote, keys);

      saga.addCompensation(() -> voidThenRefund(quote, progress, keys));
      BoughtLabel label = carrierPurchase.buy(quote, keys.carrierPurchase());
      progress.label = label;

      StoredLabel stored = storeLabel(label);
      LedgerReceipt charge = settle(quote, label, keys);
      // The shipment's charge is what the wallet paid (the price, plus the carrier's difference),
      // which is also the most a void refunds.
      BoughtLabelSummary summary = BoughtLabelSummary.of(label, tenantCharge(quote, label));
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
      compensate(saga, quote, keys);
      throw Refusals.from(failure);
    }
  }

  /** Fails with {@code WALLET.INSUFFICIENT_FUNDS} before any carrier call when funds are short. */
  private void holdFunds(RateQuote quote, PurchaseKeys keys) {
    activities
        .holds()
        .holdFunds(
            new WalletPosting(
                state.tenantId(),
                state.shipmentId(),
                keys.hold(),
                quote.amount(),
                "Hold for label " + describe(quote)));
  }

  private StoredLabel storeLabel(BoughtLabel label) {
    return activities
        .labelStorage()
        .storeLabel(state.tenantId(), state.shipmentId(), label.labelFormat(), label.labelFile());
  }

  /**
   * The carrier's charge, not its quote, decides what the tenant pays: the price plus the carrier's
   * difference (docs/adr/0007-tenant-pricing.md).
   */
  private LedgerReceipt settle(RateQuote quote, BoughtLabel label, PurchaseKeys keys) {
    return activities
        .ledger()
        .settleLabel(
            new LabelSettlement(
                state.tenantId(),
                state.shipmentId(),
                keys.settle(),
                quote.amount(),
                label.charged(),
                "Label " + describe(quote) + " " + label.trackingCode(),
                quote.quotedCarrierAmount()));
  }

  private void compensate(Saga saga, RateQuote quote, PurchaseKeys keys) {
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
                    // The operator takes the standing label over (an adjustment, if the tenant is
                    // to pay for it); the tenant's money is not left set aside for ever.
                    releaseHold(quote, keys);
                    return;
                  }
                }
              }
            })
        .run();
  }

  /** Gives back what is still held for the shipment; posts nothing once settled or never held. */
  private void releaseHold(RateQuote quote, PurchaseKeys keys) {
    activities
        .ledger()
        .releaseHold(
            new WalletPosting(
                state.tenantId(),
                state.shipmentId(),
                keys.release(),
                quote.amount(),
                "Release of hold for label " + describe(quote)));
  }

  private void voidThenRefund(RateQuote quote, Progress progress, PurchaseKeys keys) {
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
                    label.carrierAccountId(),
                    label.trackingCode(),
                    label.carrierShipmentId(),
                    state.shipment().reference()));
    // The label stands: stop the compensation before the refund, as a rejected activity would.
    if (outcome.refund() == VoidOutcome.Refund.REJECTED) {
      throw Refusals.refuse(ErrorCode.CARRIER_REJECTED, outcome.message());
    }
    // Credits only what a settlement charged: nothing when the failure came before it.
    activities
        .ledger()
        .refundLabel(
            new WalletPosting(
                state.tenantId(),
                state.shipmentId(),
                keys.refund(),
                tenantCharge(quote, label),
                "Refund of label " + label.carrier() + " " + label.trackingCode()));
  }

  private static Money tenantCharge(RateQuote quote, BoughtLabel label) {
    return Pricing.tenantCharge(quote.amount(), quote.quotedCarrierAmount(), label.charged());
  }

  private static String describe(RateQuote quote) {
    return quote.carrier() + " " + quote.service() + " (" + quote.rateId() + ")";
  }
}
