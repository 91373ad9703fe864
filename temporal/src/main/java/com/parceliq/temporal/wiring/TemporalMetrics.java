package com.parceliq.temporal.wiring;

import com.uber.m3.tally.RootScopeBuilder;
import com.uber.m3.tally.Scope;
import io.micrometer.core.instrument.MeterRegistry;
import io.temporal.common.reporter.MicrometerClientStatsReporter;
import java.time.Duration;

/**
 * The Temporal SDK reports its metrics (requests, workflow and activity task latencies, worker task
 * slots, workflow completions and failures) to a tally scope; this one forwards them to the
 * application's Micrometer registry, so they appear on {@code /q/metrics} as {@code temporal_...}.
 * Workers inherit the scope of the client's service stubs, so setting it on the stubs covers both.
 */
public final class TemporalMetrics {

  private TemporalMetrics() {}

  /**
   * A scope that reports every {@code interval}: tally buffers counter increments and timer samples
   * in between, so a scrape sees them at most one interval late.
   */
  public static Scope scope(MeterRegistry registry, Duration interval) {
    return new RootScopeBuilder()
        .reporter(new MicrometerClientStatsReporter(registry))
        .reportEvery(com.uber.m3.util.Duration.ofMillis(interval.toMillis()));
  }
}
