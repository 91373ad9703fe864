package com.parceliq.domain.reconciliation;

import java.util.Locale;

/** What a carrier charged for, in the canonical terms every invoice format maps its names to. */
public enum ChargeType {
  BASE,
  FUEL,
  RESIDENTIAL,
  ADJUSTMENT,
  OTHER;

  /** The name stored in {@code reconciliation_lines.charge_type}. */
  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
