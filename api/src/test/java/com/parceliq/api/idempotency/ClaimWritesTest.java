package com.parceliq.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The chaos run's finding: a PostgreSQL restart during a POST left its Idempotency-Key in flight,
 * so the client's retries got 409 for the whole claim expiry. The key's last write is now retried
 * until the database is back.
 */
class ClaimWritesTest {

  private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
  private final ClaimWrites writes = new ClaimWrites(scheduler, Duration.ofMillis(1));

  @AfterEach
  void stop() {
    scheduler.shutdownNow();
  }

  @Test
  void releaseFailingWhileTheDatabaseRestartsIsRetriedUntilItSucceeds() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    CountDownLatch released = new CountDownLatch(1);

    writes.write(
        "release a key",
        () -> {
          if (attempts.incrementAndGet() <= 3) {
            throw new IllegalStateException("FATAL: terminating connection due to administrator");
          }
          released.countDown();
        });

    assertThat(released.await(30, TimeUnit.SECONDS))
        .as("released once the database is back")
        .isTrue();
    assertThat(attempts.get()).isEqualTo(4);
  }

  @Test
  void retryRunsInTheSystemScopeBecauseNoCallerScopesTheBackgroundThread() throws Exception {
    AtomicInteger attempts = new AtomicInteger();
    AtomicReference<RowScope> scope = new AtomicReference<>();
    CountDownLatch retried = new CountDownLatch(1);

    writes.write(
        "release a key",
        () -> {
          if (attempts.incrementAndGet() == 1) {
            throw new IllegalStateException("could not scope a database connection");
          }
          scope.set(ScopedWork.current());
          retried.countDown();
        });

    assertThat(retried.await(30, TimeUnit.SECONDS)).isTrue();
    assertThat(scope.get().kind()).isEqualTo(RowScope.Kind.SYSTEM);
  }

  @Test
  void writeThatSucceedsAtOnceIsNotRepeated() throws Exception {
    AtomicInteger attempts = new AtomicInteger();

    writes.write("release a key", attempts::incrementAndGet);
    scheduler.shutdown();
    scheduler.awaitTermination(5, TimeUnit.SECONDS);

    assertThat(attempts.get()).isEqualTo(1);
  }
}
