package com.parceliq.api.ratelimit;

import com.parceliq.api.error.ApiException;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Limits guessing: each rejected credential takes a token from its client address's bucket in
 * PostgreSQL (shared by the replicas); once the bucket is empty, that address gets 429 for every
 * request until the bucket refills. The refusal itself is remembered in this replica, so a blocked
 * address is turned away before its token is looked at and without a database round trip; another
 * replica learns of the block at the address's next failure there.
 */
@ApplicationScoped
public class AuthFailureLimits {

  private static final String MESSAGE = "Too many failed authentications from this address.";

  /** Beyond this many remembered addresses, expired ones are dropped before adding another. */
  private static final int MAX_REMEMBERED = 10_000;

  @Inject RateLimitSettings settings;
  @Inject SharedBuckets buckets;

  private final Map<String, Long> blockedUntilNanos = new ConcurrentHashMap<>();

  /** Throws the 429 when the address is blocked (known to this replica). */
  public void refuseIfBlocked(String address) {
    Long until = blockedUntilNanos.get(address);
    if (until == null) {
      return;
    }
    long left = until - System.nanoTime();
    if (left > 0) {
      throw refusal(left);
    }
    blockedUntilNanos.remove(address, until);
  }

  /** Counts a rejected credential; throws the 429 when it was one too many. */
  public void recordFailure(String address) {
    if (!settings.enabled()) {
      return;
    }
    ConsumptionProbe probe =
        buckets.tryConsume(
            "auth-failures:" + address, BucketPlan.perMinute(settings.authFailuresPerMinute()));
    if (!probe.isConsumed()) {
      long wait = probe.getNanosToWaitForRefill();
      remember(address, System.nanoTime() + wait);
      throw refusal(wait);
    }
  }

  private void remember(String address, long untilNanos) {
    if (blockedUntilNanos.size() >= MAX_REMEMBERED) {
      long now = System.nanoTime();
      blockedUntilNanos.values().removeIf(until -> until - now <= 0);
    }
    blockedUntilNanos.put(address, untilNanos);
  }

  private static ApiException refusal(long nanosToWait) {
    int seconds = RetryAfter.seconds(nanosToWait);
    return ApiException.rateLimited(MESSAGE + " Retry after " + seconds + " s.", seconds);
  }
}
