package com.parceliq.api.idempotency;

import com.parceliq.api.error.DependencyErrors;
import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.logging.Logger;

/**
 * Gives back the claim of a request whose work ended without a final answer. When PostgreSQL goes
 * away mid-request the release itself fails, and the key would stay "in flight" (409 to every
 * retry) until the in-flight expiry, minutes after the database is back: such claims are kept here
 * and released as soon as the database answers again. An API instance that dies meanwhile loses the
 * list; the expiry still frees those keys.
 */
@ApplicationScoped
public class ClaimReleases {

  private static final Logger LOG = Logger.getLogger(ClaimReleases.class);

  record Claim(String scope, String key) {}

  private final Set<Claim> pending = ConcurrentHashMap.newKeySet();

  @Inject IdempotencyRecords records;

  /** Releases the claim, or keeps it for later when the database is unreachable. */
  public void release(String scope, String key) {
    try {
      records.release(scope, key);
    } catch (RuntimeException failure) {
      if (!DependencyErrors.isUnavailable(failure)) {
        throw failure;
      }
      later(scope, key);
      throw failure;
    }
  }

  /**
   * Stores the final answer; when the database is unreachable the claim is released once it is back
   * instead, so a retry does the work again (keyed, so it re-attaches rather than repeats).
   */
  public void completeOrRelease(String scope, String key, Runnable complete) {
    try {
      complete.run();
    } catch (RuntimeException failure) {
      if (DependencyErrors.isUnavailable(failure)) {
        later(scope, key);
      }
      throw failure;
    }
  }

  private void later(String scope, String key) {
    if (pending.add(new Claim(scope, key))) {
      LOG.warnf("idempotency key of %s kept in flight by an outage; released once it ends", scope);
    }
  }

  int pendingCount() {
    return pending.size();
  }

  @Scheduled(
      identity = "idempotency-claim-releases",
      every = "${parceliq.api.idempotency.release-retry-interval:2s}",
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void releasePending() {
    for (Claim claim : Set.copyOf(pending)) {
      try {
        // The request that claimed the key is gone; its tenant scope went with it.
        ScopedWork.run(
            RowScope.system("release an idempotency claim after an outage"),
            () -> records.release(claim.scope(), claim.key()));
      } catch (RuntimeException failure) {
        if (DependencyErrors.isUnavailable(failure)) {
          return; // still down: the next run tries again
        }
        LOG.errorf(failure, "could not release an idempotency key of %s", claim.scope());
      }
      pending.remove(claim);
    }
  }
}
