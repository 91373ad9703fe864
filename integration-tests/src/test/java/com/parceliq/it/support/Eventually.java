package com.parceliq.it.support;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Bounded polling for what is eventually consistent (search attributes, a restarted worker). It
 * waits for a state, never measures speed: the bound only keeps a broken stack from hanging CI.
 */
public final class Eventually {

  private static final Duration POLL_INTERVAL = Duration.ofMillis(250);

  private Eventually() {}

  /**
   * Polls {@code probe} until {@code done} accepts its value and returns that value; fails with the
   * last value seen when {@code within} has passed.
   */
  public static <T> T await(
      String what, Duration within, Supplier<T> probe, Predicate<? super T> done) {
    long deadline = System.nanoTime() + within.toNanos();
    T last = null;
    RuntimeException lastError = null;
    while (true) {
      try {
        last = probe.get();
        lastError = null;
        if (done.test(last)) {
          return last;
        }
      } catch (RuntimeException e) {
        lastError = e;
      }
      if (System.nanoTime() > deadline) {
        AssertionError failure =
            new AssertionError(
                "Timed out after " + within + " waiting for " + what + "; last seen: " + last);
        if (lastError != null) {
          failure.initCause(lastError);
        }
        throw failure;
      }
      sleep(POLL_INTERVAL);
    }
  }

  static void sleep(Duration duration) {
    try {
      Thread.sleep(duration);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
