package com.parceliq.it.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs calls at the same time on a bounded pool of client threads. Each call waits at a start gate
 * until every thread of the pool is ready, so the first wave reaches the API together instead of
 * trickling in as threads start.
 */
public final class Concurrently {

  private Concurrently() {}

  /** Results in the order of {@code calls}; fails with the first call that threw. */
  public static <T> List<T> run(int threads, List<Callable<T>> calls, Duration within) {
    int poolSize = Math.min(threads, calls.size());
    CountDownLatch gate = new CountDownLatch(poolSize);
    ExecutorService pool = Executors.newFixedThreadPool(poolSize);
    try {
      List<Future<T>> futures = new ArrayList<>();
      for (Callable<T> call : calls) {
        futures.add(
            pool.submit(
                () -> {
                  gate.countDown();
                  gate.await();
                  return call.call();
                }));
      }
      long deadline = System.nanoTime() + within.toNanos();
      List<T> results = new ArrayList<>();
      for (Future<T> future : futures) {
        results.add(future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS));
      }
      return results;
    } catch (ExecutionException e) {
      throw new AssertionError("a concurrent call failed", e.getCause());
    } catch (TimeoutException e) {
      throw new AssertionError("concurrent calls still running after " + within, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } finally {
      pool.shutdownNow();
    }
  }
}
