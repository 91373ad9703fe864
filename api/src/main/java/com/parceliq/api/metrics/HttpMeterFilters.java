package com.parceliq.api.metrics;

import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * Latency buckets of {@code http_server_requests_seconds}, the API's golden signals (tagged by
 * route template, method, status and outcome by Quarkus): a few fixed buckets around the latency
 * budget instead of Micrometer's percentile histogram, since every bucket multiplies the series per
 * route and status.
 */
public class HttpMeterFilters {

  private static final double[] BUCKETS_NANOS =
      Stream.of(
              Duration.ofMillis(25),
              Duration.ofMillis(50),
              Duration.ofMillis(100),
              Duration.ofMillis(250),
              Duration.ofMillis(500),
              Duration.ofSeconds(1),
              Duration.ofMillis(2500),
              Duration.ofSeconds(5),
              Duration.ofSeconds(10))
          .mapToDouble(Duration::toNanos)
          .toArray();

  @Produces
  @Singleton
  MeterFilter httpServerLatencyBuckets() {
    return new MeterFilter() {
      @Override
      public DistributionStatisticConfig configure(
          Meter.Id id, DistributionStatisticConfig config) {
        if (!"http.server.requests".equals(id.getName())) {
          return config;
        }
        return DistributionStatisticConfig.builder()
            .serviceLevelObjectives(BUCKETS_NANOS)
            .build()
            .merge(config);
      }
    };
  }
}
