package com.parceliq.workflows.webhooks;

import java.time.Duration;

/**
 * When a webhook delivery tries again: exponential backoff from {@code initial}, each wait capped
 * at {@code cap}, with full jitter; no attempt starts later than {@code maxAge} after the delivery
 * began. A throttled attempt (the endpoint busy with other deliveries) waits between {@code
 * throttleWait} and twice that. Comes from configuration with the delivery, so a changed setting
 * applies to new deliveries and replays of old ones see what they started with.
 */
public record RetrySchedule(
    Duration initial, Duration cap, Duration maxAge, Duration throttleWait) {

  /** CONTRACT section 5: retried for 72 hours. */
  public static RetrySchedule standard() {
    return new RetrySchedule(
        Duration.ofSeconds(5), Duration.ofHours(1), Duration.ofHours(72), Duration.ofSeconds(1));
  }

  /**
   * The longest wait after failed attempt {@code attempt} (1-based): initial × 2^(attempt-1), at
   * most the cap.
   */
  public Duration ceilingAfter(int attempt) {
    long initialMillis = initial.toMillis();
    int doublings = Math.max(0, Math.min(attempt - 1, 40));
    long ceiling =
        doublings >= 62 || initialMillis > (Long.MAX_VALUE >> doublings)
            ? Long.MAX_VALUE
            : initialMillis << doublings;
    return Duration.ofMillis(Math.min(ceiling, cap.toMillis()));
  }

  /**
   * The wait after failed attempt {@code attempt} for a uniform {@code fraction} in [0, 1): full
   * jitter spreads the retries of many deliveries that failed together (an endpoint's outage) over
   * the whole window instead of sending them back in a burst.
   */
  public Duration backoffAfter(int attempt, double fraction) {
    return Duration.ofMillis((long) (ceilingAfter(attempt).toMillis() * clamp(fraction)));
  }

  /** The longest a throttled delivery waits before it looks at its endpoint again. */
  static final Duration THROTTLE_CAP = Duration.ofMinutes(1);

  /**
   * The wait after the {@code throttles}-th throttled attempt in a row: the throttle wait doubling
   * (at most a minute), times 1 to 2. A large backlog behind a slow endpoint then polls ever less
   * often instead of filling its histories with a timer every second.
   */
  public Duration throttleBackoff(int throttles, double fraction) {
    long base = throttleWait.toMillis();
    int doublings = Math.max(0, Math.min(throttles - 1, 20));
    long ceiling = Math.min(base << doublings, Math.max(base, THROTTLE_CAP.toMillis()));
    return Duration.ofMillis((long) (ceiling * (1 + clamp(fraction))));
  }

  private static double clamp(double fraction) {
    return Math.max(0, Math.min(fraction, 1));
  }
}
