package com.parceliq.workflows.ports;

import com.parceliq.domain.Money;

/**
 * What the carrier says of a claim: {@code status} {@code pending}, {@code approved} (with {@code
 * approvedAmount}) or {@code denied}. A null {@code carrierClaimId} means the carrier takes no
 * claims through its API: an operator handles the claim.
 */
public record CarrierClaimAnswer(
    String carrierClaimId, String status, Money approvedAmount, String reason) {

  public static final String PENDING = "pending";
  public static final String APPROVED = "approved";
  public static final String DENIED = "denied";

  public static CarrierClaimAnswer manual() {
    return new CarrierClaimAnswer(null, PENDING, null, null);
  }

  public boolean decided() {
    return !PENDING.equals(status);
  }
}
