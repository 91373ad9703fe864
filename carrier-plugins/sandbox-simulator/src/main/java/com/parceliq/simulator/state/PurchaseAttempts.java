package com.parceliq.simulator.state;

import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts purchase calls per shipment (its idempotency key, or its body when there is none), which
 * is what {@code sbx:error=N} and {@code sbx:timeout=N} count against.
 */
public final class PurchaseAttempts {

  private final ConcurrentHashMap<String, Integer> attempts = new ConcurrentHashMap<>();

  /** Records one more call and returns its number, starting at 1. */
  public int next(String attemptKey) {
    return attempts.merge(attemptKey, 1, Integer::sum);
  }

  public void clear() {
    attempts.clear();
  }
}
