package com.parceliq.api.ratelimit;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * The shape of a token bucket. {@link #signature()} goes into the bucket's id, so that a changed
 * configuration starts fresh buckets instead of meeting state stored under the old one.
 *
 * @param greedy tokens come back one by one (a steady rate); else all at once after each period
 */
public record BucketPlan(long capacity, long refillTokens, Duration period, boolean greedy) {

  /** A steady rate with a burst allowance; the capacity is at least one second's worth. */
  public static BucketPlan perSecond(int rate, int burst) {
    return new BucketPlan(Math.max(rate, burst), rate, Duration.ofSeconds(1), true);
  }

  /** {@code count} per minute, all given back when the minute is over. */
  public static BucketPlan perMinute(int count) {
    return new BucketPlan(count, count, Duration.ofMinutes(1), false);
  }

  public String signature() {
    return capacity + "-" + refillTokens + (greedy ? "g" : "i") + period.toMillis() + "ms";
  }

  public BucketConfiguration configuration() {
    var refill = Bandwidth.builder().capacity(capacity);
    Bandwidth bandwidth =
        greedy
            ? refill.refillGreedy(refillTokens, period).build()
            : refill.refillIntervally(refillTokens, period).build();
    return BucketConfiguration.builder().addLimit(bandwidth).build();
  }
}
