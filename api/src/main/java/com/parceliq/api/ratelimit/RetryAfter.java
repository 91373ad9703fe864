package com.parceliq.api.ratelimit;

/** The {@code Retry-After} of a 429: whole seconds, rounded up, never less than one. */
public final class RetryAfter {

  private static final long NANOS_PER_SECOND = 1_000_000_000L;

  private RetryAfter() {}

  public static int seconds(long nanosToWait) {
    if (nanosToWait <= NANOS_PER_SECOND) {
      return 1;
    }
    long seconds = (nanosToWait + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND;
    return (int) Math.min(seconds, Integer.MAX_VALUE);
  }
}
