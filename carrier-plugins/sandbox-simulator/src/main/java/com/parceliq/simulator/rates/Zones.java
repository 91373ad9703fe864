package com.parceliq.simulator.rates;

/**
 * Distance zones from ZIP prefixes, the way US carriers zone by the first three ZIP digits. Zone 1
 * is local, zone 8 is the farthest; anything that is not a US-style ZIP is zone 8.
 */
public final class Zones {

  static final int FARTHEST = 8;

  private Zones() {}

  /** {@code 1 + min(7, |prefix(from) - prefix(to)| / 100)}, or 8 when a prefix is unreadable. */
  public static int between(String fromZip, String toZip) {
    int from = prefix(fromZip);
    int to = prefix(toZip);
    if (from < 0 || to < 0) {
      return FARTHEST;
    }
    return 1 + Math.min(FARTHEST - 1, Math.abs(from - to) / 100);
  }

  private static int prefix(String zip) {
    if (zip == null) {
      return -1;
    }
    String trimmed = zip.trim();
    if (trimmed.length() < 3) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < 3; i++) {
      char c = trimmed.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
