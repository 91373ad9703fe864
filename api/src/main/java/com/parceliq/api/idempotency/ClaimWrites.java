package com.parceliq.api.idempotency;

import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import io.quarkus.logging.Log;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The last write of a claimed Idempotency-Key (its release, or its stored answer), retried in the
 * background when the database is unreachable at that moment. Without it, a PostgreSQL restart
 * during a request left the key "in flight" until the claim expired, so every retry of the client
 * got 409 for minutes (found by the chaos run, docs/reliability.md). The writes are guarded by the
 * claim's own timestamp, so a late one never touches a newer claim of the same key; after the
 * in-flight expiry the claim counts as abandoned anyway and the retries stop.
 */
@ApplicationScoped
public class ClaimWrites {

  private static final Duration FIRST_RETRY = Duration.ofMillis(500);
  private static final Duration LONGEST_WAIT = Duration.ofSeconds(10);
  private static final Duration GIVE_UP_AFTER = Duration.ofMinutes(5);

  private static final RowScope BACKGROUND =
      RowScope.system("finish an Idempotency-Key claim once the database is back");

  private final ScheduledExecutorService retries;
  private final Duration firstRetry;

  public ClaimWrites() {
    this(
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("idempotency-claim-writes").factory()),
        FIRST_RETRY);
  }

  ClaimWrites(ScheduledExecutorService retries, Duration firstRetry) {
    this.retries = retries;
    this.firstRetry = firstRetry;
  }

  /** Runs {@code write} now; when it fails, again later with backoff until it succeeds. */
  public void write(String what, Runnable write) {
    try {
      write.run();
    } catch (RuntimeException e) {
      Log.warnf("Could not %s now (%s); retrying in the background", what, e.getMessage());
      retry(what, write, firstRetry, Instant.now().plus(GIVE_UP_AFTER));
    }
  }

  private void retry(String what, Runnable write, Duration wait, Instant giveUpAt) {
    retries.schedule(
        () -> {
          try {
            // Off the request's thread no caller scopes the connection, and row-level security
            // would hide the claim: the write is keyed by tenant, key and claim time instead.
            ScopedWork.run(BACKGROUND, write);
            Log.infof("Did %s after the database came back", what);
          } catch (RuntimeException e) {
            if (Instant.now().isBefore(giveUpAt)) {
              Duration next = wait.multipliedBy(2);
              retry(what, write, next.compareTo(LONGEST_WAIT) > 0 ? LONGEST_WAIT : next, giveUpAt);
            } else {
              Log.warnf("Gave up trying to %s: the claim has expired by now", what);
            }
          }
        },
        wait.toMillis(),
        TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    retries.shutdownNow();
  }
}
