package com.parceliq.domain.reconciliation;

import java.util.Locale;

/** What one billed label turned out to be (docs/reconciliation.md, "Classification"). */
public enum Classification {
  MATCHED,
  OVERBILLED,
  UNDERBILLED,
  WEIGHT_ADJUSTMENT,
  DUPLICATE_CHARGE,
  BILLED_BUT_VOIDED,
  UNKNOWN_TRACKING_CODE;

  /** The name stored in {@code reconciliation_labels.classification} and shown in reports. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether a difference of this classification is posted to the tenant's wallet. */
  public boolean posts() {
    return this == MATCHED
        || this == OVERBILLED
        || this == UNDERBILLED
        || this == WEIGHT_ADJUSTMENT;
  }
}
