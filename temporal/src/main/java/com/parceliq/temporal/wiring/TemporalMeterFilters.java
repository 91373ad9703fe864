package com.parceliq.temporal.wiring;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Set;

/**
 * No percentile histograms on the SDK's timers, and fixed histogram buckets for the Temporal
 * latencies the dashboard shows as percentiles: schedule-to-start (how long tasks wait for a worker
 * slot, the workers' saturation signal) and activity execution. A handful of fixed buckets, not
 * Micrometer's percentile histogram, keeps the series count small across task queues and activity
 * types.
 */
public class TemporalMeterFilters {

  private static final Set<String> LATENCIES =
      Set.of(
          "temporal_workflow_task_schedule_to_start_latency",
          "temporal_activity_schedule_to_start_latency",
          "temporal_activity_execution_latency",
          "temporal_workflow_endtoend_latency");

  private static final double[] BUCKETS_NANOS =
      java.util.stream.Stream.of(
              Duration.ofMillis(10),
              Duration.ofMillis(50),
              Duration.ofMillis(100),
              Duration.ofMillis(250),
              Duration.ofMillis(500),
              Duration.ofSeconds(1),
              Duration.ofSeconds(2),
              Duration.ofSeconds(5),
              Duration.ofSeconds(10),
              Duration.ofSeconds(30),
              Duration.ofMinutes(1),
              Duration.ofMinutes(5))
          .mapToDouble(Duration::toNanos)
          .toArray();

  @Produces
  @Singleton
  MeterFilter temporalLatencyBuckets() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (!id.getName().startsWith("temporal_")) {
          return config;
        }
        // The SDK's reporter asks for a percentile histogram (about 70 buckets) on every timer:
        // thousands of series per worker. Only the latencies above keep a few buckets.
        DistributionStatisticConfig.Builder ours =
            DistributionStatisticConfig.builder().percentilesHistogram(false);
        if (LATENCIES.contains(id.getName())) {
          ours.serviceLevelObjectives(BUCKETS_NANOS);
        }
        return ours.build().merge(config);
      }
    };
  }
}
