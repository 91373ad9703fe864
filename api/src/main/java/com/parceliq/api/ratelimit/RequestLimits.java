package com.parceliq.api.ratelimit;

import com.parceliq.api.auth.Authenticated;
import com.parceliq.api.auth.Principal;
import com.parceliq.api.error.ApiException;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * The request limits of an authenticated caller: its own bucket (an API key's rate, or the default
 * per principal) and its tenant's bucket. The principal's bucket is asked first, so a key over its
 * own limit is refused without using up its tenant's tokens for the other keys.
 */
@ApplicationScoped
public class RequestLimits {

  @Inject RateLimitSettings settings;
  @Inject SharedBuckets buckets;

  /** Takes a token from each bucket, or throws a 429 naming the one that is empty. */
  public void admit(Authenticated caller) {
    if (!settings.enabled()) {
      return;
    }
    Principal principal = caller.principal();
    BucketPlan own =
        caller.ownRatePerSecond() != null
            ? BucketPlan.perSecond(caller.ownRatePerSecond(), caller.ownRatePerSecond())
            : BucketPlan.perSecond(settings.keyPerSecond(), settings.keyBurst());
    take(
        "principal:" + principal.idempotencyScope() + "/" + principal.id(),
        own,
        "This credential is over its request rate.");
    if (principal.tenantId() != null) {
      take(
          "tenant:" + principal.tenantId(),
          BucketPlan.perSecond(settings.tenantPerSecond(), settings.tenantBurst()),
          "This tenant is over its request rate.");
    }
  }

  private void take(String bucket, BucketPlan plan, String message) {
    ConsumptionProbe probe = buckets.tryConsume(bucket, plan);
    if (!probe.isConsumed()) {
      int seconds = RetryAfter.seconds(probe.getNanosToWaitForRefill());
      throw ApiException.rateLimited(message + " Retry after " + seconds + " s.", seconds);
    }
  }
}
