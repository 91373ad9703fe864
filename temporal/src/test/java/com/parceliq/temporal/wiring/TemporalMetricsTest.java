package com.parceliq.temporal.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import com.uber.m3.tally.Scope;
import com.uber.m3.util.ImmutableMap;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.config.MeterFilter;
import io.micrometer.core.instrument.distribution.DistributionStatisticConfig;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.temporal.worker.MetricsType;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class TemporalMetricsTest {

  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();

  @Test
  void whatTheSdkCountsReachesTheRegistryUnderItsOwnNameAndTags() throws Exception {
    Scope scope = TemporalMetrics.scope(registry, Duration.ofMinutes(1));

    scope
        .tagged(ImmutableMap.of("task_queue", "shipments", "workflow_type", "ShipmentWorkflow"))
        .counter(MetricsType.WORKFLOW_FAILED_COUNTER)
        .inc(2);
    scope.close();

    assertThat(
            registry
                .get("temporal_workflow_failed")
                .tag("task_queue", "shipments")
                .tag("workflow_type", "ShipmentWorkflow")
                .counter()
                .count())
        .isEqualTo(2.0);
  }

  @Test
  void scheduleToStartLatencyGetsFixedBucketsOtherTimersNone() throws Exception {
    registry.config().meterFilter(new TemporalMeterFilters().temporalLatencyBuckets());
    Scope scope = TemporalMetrics.scope(registry, Duration.ofMinutes(1));

    scope
        .timer(MetricsType.ACTIVITY_SCHEDULE_TO_START_LATENCY)
        .record(com.uber.m3.util.Duration.ofMillis(300));
    scope
        .timer(MetricsType.WORKFLOW_TASK_REPLAY_LATENCY)
        .record(com.uber.m3.util.Duration.ofMillis(3));
    scope.close();

    Timer waited = registry.get(MetricsType.ACTIVITY_SCHEDULE_TO_START_LATENCY).timer();
    assertThat(waited.count()).isEqualTo(1);
    assertThat(waited.takeSnapshot().histogramCounts())
        .anySatisfy(
            bucket -> {
              assertThat(bucket.bucket(TimeUnit.MILLISECONDS)).isEqualTo(500.0);
              assertThat(bucket.count()).isEqualTo(1.0);
            });
    assertThat(
            registry
                .get(MetricsType.WORKFLOW_TASK_REPLAY_LATENCY)
                .timer()
                .takeSnapshot()
                .histogramCounts())
        .isEmpty();
  }

  @Test
  void theSdksPercentileHistogramsAreTurnedOffSoBucketsStayFew() {
    MeterFilter filter = new TemporalMeterFilters().temporalLatencyBuckets();
    DistributionStatisticConfig asked =
        DistributionStatisticConfig.builder().percentilesHistogram(true).build();

    DistributionStatisticConfig request =
        filter.configure(timerId(MetricsType.WORKFLOW_TASK_REPLAY_LATENCY), asked);
    DistributionStatisticConfig waiting =
        filter.configure(timerId(MetricsType.ACTIVITY_SCHEDULE_TO_START_LATENCY), asked);

    assertThat(request.isPercentileHistogram()).isFalse();
    assertThat(request.getServiceLevelObjectiveBoundaries()).isNull();
    assertThat(waiting.isPercentileHistogram()).isFalse();
    assertThat(waiting.getServiceLevelObjectiveBoundaries()).hasSize(12);
  }

  @Test
  void theFilterLeavesOtherMetersAlone() {
    MeterFilter filter = new TemporalMeterFilters().temporalLatencyBuckets();
    registry.config().meterFilter(filter);

    Timer http = Timer.builder("http.server.requests").register(registry);

    assertThat(http.takeSnapshot().histogramCounts()).isEmpty();
  }

  private static Meter.Id timerId(String name) {
    return new Meter.Id(name, Tags.empty(), null, null, Meter.Type.TIMER);
  }
}
