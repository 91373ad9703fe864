package com.parceliq.workflows.shipment;

import com.parceliq.workflows.support.ActivityPolicies;

/**
 * Buy the label of one rate; the idempotency key is the client's (or one the API made). {@code
 * carrierAttempts} is how many times the carrier is asked before the shipment parks for an operator
 * (the API's {@code parceliq.purchase.carrier-attempts}); it travels with the request so that the
 * budget a purchase started with is in its history, and 0 means the default.
 */
public record BuyLabel(String rateId, String idempotencyKey, int carrierAttempts) {

  public BuyLabel(String rateId, String idempotencyKey) {
    this(rateId, idempotencyKey, 0);
  }

  int carrierAttemptsOrDefault() {
    return carrierAttempts > 0 ? carrierAttempts : ActivityPolicies.CARRIER_PURCHASE_ATTEMPTS;
  }
}
