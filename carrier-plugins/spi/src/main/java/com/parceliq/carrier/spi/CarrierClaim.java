package com.parceliq.carrier.spi;

import com.parceliq.domain.Money;

/**
 * A claim as the carrier sees it. {@code approvedAmount} is set only when {@link Status#APPROVED};
 * {@code reason} is the carrier's words on its decision, when it gave any.
 */
public record CarrierClaim(String claimId, Status status, Money approvedAmount, String reason) {

  /** The carrier's answer so far. */
  public enum Status {
    PENDING,
    APPROVED,
    DENIED
  }

  public boolean decided() {
    return status != Status.PENDING;
  }
}
