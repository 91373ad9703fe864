package com.parceliq.domain.reconciliation;

import java.math.BigDecimal;

/**
 * A billed label's classification: {@code expected} what ParcelIQ expected the carrier to bill
 * (null when there is no label to expect anything of), {@code difference} billed minus expected
 * (for a duplicate, the amount billed twice; for a voided or unknown label, everything billed),
 * {@code adjustment} the signed amount for the tenant's wallet (zero when nothing is to be posted).
 */
public record LabelVerdict(
    Classification classification,
    BigDecimal expected,
    BigDecimal difference,
    BigDecimal adjustment,
    String note) {

  public boolean posts() {
    return adjustment.signum() != 0;
  }
}
