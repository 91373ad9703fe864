package com.parceliq.api.ratelimit;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Removes buckets that have refilled: a bucket per client address that failed to authenticate would
 * otherwise stay forever. Replicas may run this at once; the delete skips locked rows.
 */
@ApplicationScoped
public class ExpiredBuckets {

  private static final int BATCH = 1000;
  private static final int MAX_BATCHES = 100;

  @Inject SharedBuckets buckets;

  @Scheduled(
      every = "${parceliq.rate-limits.cleanup-interval:5m}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void removeExpired() {
    for (int i = 0; i < MAX_BATCHES && buckets.removeExpired(BATCH) == BATCH; i++) {
      // Another full batch: there may be more.
    }
  }
}
