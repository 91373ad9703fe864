package com.parceliq.it.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * Runs prepared samples with a fixed number of calls in flight: each of {@code concurrency} callers
 * takes the next sample as soon as its previous call has answered (a closed loop), so the level
 * measures both the latency at that load and the rate the system sustains under it.
 */
final class ConcurrentLevel {

  private ConcurrentLevel() {}

  /** The outcomes in sample order, and the wall time of the whole level. */
  record Run(List<Outcome> outcomes, Instant started, Duration wall) {

    LevelResult result(int concurrency) {
      return LevelResult.of(concurrency, outcomes, wall);
    }
  }

  static <S> Run run(int concurrency, List<S> samples, Function<S, Outcome> call) {
    Outcome[] outcomes = new Outcome[samples.size()];
    AtomicInteger next = new AtomicInteger();
    ExecutorService callers = Executors.newFixedThreadPool(concurrency);
    Instant started = Instant.now();
    long start = System.nanoTime();
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < concurrency; i++) {
        running.add(
            callers.submit(
                () -> {
                  for (int index = next.getAndIncrement();
                      index < samples.size();
                      index = next.getAndIncrement()) {
                    outcomes[index] = call.apply(samples.get(index));
                  }
                }));
      }
      for (Future<?> caller : running) {
        caller.get();
      }
    } catch (Exception e) {
      throw new IllegalStateException("a benchmark caller failed", e);
    } finally {
      callers.shutdownNow();
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - start);
    List<Outcome> all = new ArrayList<>(outcomes.length);
    Collections.addAll(all, outcomes);
    return new Run(List.copyOf(all), started, wall);
  }
}
