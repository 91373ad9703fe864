package com.parceliq.workflows.shipment;

import com.parceliq.domain.ErrorCode;
import com.parceliq.workflows.ports.BoughtLabel;
import com.parceliq.workflows.ports.LabelOrder;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.support.Refusals;
import io.temporal.api.enums.v1.RetryState;
import io.temporal.failure.ActivityFailure;

/**
 * The carrier step of a purchase. When the carrier keeps failing past the bounded attempts the
 * outcome is unknown (it may have made the label), so the shipment parks instead of guessing: retry
 * asks again with the same idempotency key (the carrier returns the label it made, or makes one),
 * cancel gives up. A carrier refusal is final and fails at once.
 */
final class CarrierPurchase {

  private final ShipmentActivities activities;
  private final ShipmentState state;
  private final OperatorDesk operatorDesk;
  private final int attempts;

  CarrierPurchase(
      ShipmentActivities activities, ShipmentState state, OperatorDesk operatorDesk, int attempts) {
    this.activities = activities;
    this.state = state;
    this.operatorDesk = operatorDesk;
    this.attempts = attempts;
  }

  BoughtLabel buy(RateQuote quote, String idempotencyKey) {
    LabelOrder order = order(quote, idempotencyKey);
    while (true) {
      try {
        return activities.carrierPurchase(order.carrier(), attempts).purchaseLabel(order);
      } catch (ActivityFailure failure) {
        if (!isExhausted(failure)) {
          throw failure;
        }
        String reason =
            "carrier "
                + order.carrier()
                + " did not confirm the purchase after "
                + attempts
                + " attempts: "
                + Refusals.from(failure).getOriginalMessage();
        OperatorDecision decision =
            operatorDesk.awaitDecision(ErrorCode.CARRIER_UNAVAILABLE.code(), reason);
        if (decision.isCancel()) {
          throw Refusals.refuse(
              ErrorCode.CARRIER_UNAVAILABLE, "purchase cancelled by an operator; " + reason);
        }
      }
    }
  }

  private LabelOrder order(RateQuote quote, String idempotencyKey) {
    NewShipment shipment = state.shipment();
    return new LabelOrder(
        shipment.tenantId(),
        shipment.shipmentId(),
        idempotencyKey,
        quote.carrier(),
        quote.carrierAccountId(),
        quote.service(),
        shipment.from(),
        shipment.to(),
        shipment.parcel(),
        shipment.reference());
  }

  private static boolean isExhausted(ActivityFailure failure) {
    return failure.getRetryState() == RetryState.RETRY_STATE_MAXIMUM_ATTEMPTS_REACHED
        || failure.getRetryState() == RetryState.RETRY_STATE_TIMEOUT;
  }
}
