package com.parceliq.domain;

import java.util.Locale;

/**
 * A claim's life: {@code submitted} (recorded), {@code filed} (with the carrier, or for an
 * operator), then {@code approved} and {@code paid}, or {@code denied}. Denied and paid are final.
 */
public enum ClaimStatus {
  SUBMITTED,
  FILED,
  APPROVED,
  DENIED,
  PAID;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ClaimStatus fromWireName(String wireName) {
    return valueOf(wireName.toUpperCase(Locale.ROOT));
  }

  /** Whether the claim still waits for a decision or a payout (one such claim per shipment). */
  public boolean open() {
    return this != DENIED && this != PAID;
  }
}
