package com.parceliq.workflows.ports;

/**
 * A batch shipment ready to buy: the rate chosen and its carrier (which decides its slot in the
 * per-carrier window), or the outcome already settled when there is nothing to buy (bought on its
 * own, or no rate could be had).
 */
public record PreparedPurchase(String rateId, String carrier, BatchItemOutcome settled) {

  public static PreparedPurchase ready(String rateId, String carrier) {
    return new PreparedPurchase(rateId, carrier, null);
  }

  public static PreparedPurchase settled(BatchItemOutcome outcome) {
    return new PreparedPurchase(null, null, outcome);
  }

  public boolean isSettled() {
    return settled != null;
  }
}
