package com.parceliq.it.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class LatencySummaryTest {

  @Test
  void percentilesOfAHundredSamplesAreObservedValuesByNearestRank() {
    List<Duration> samples = new ArrayList<>();
    for (int millis = 1; millis <= 100; millis++) {
      samples.add(Duration.ofMillis(millis));
    }
    Collections.shuffle(samples);

    LatencySummary summary = LatencySummary.of(samples);

    assertThat(summary.count()).isEqualTo(100);
    assertThat(summary.p50()).isEqualTo(50.0);
    assertThat(summary.p90()).isEqualTo(90.0);
    assertThat(summary.p99()).isEqualTo(99.0);
    assertThat(summary.max()).isEqualTo(100.0);
    assertThat(summary.mean()).isEqualTo(50.5);
    assertThat(summary.asLine())
        .isEqualTo(
            "buy_latency count=100 p50_ms=50.0 p90_ms=90.0 p99_ms=99.0 max_ms=100.0 mean_ms=50.5");
  }

  @Test
  void aSingleSampleIsEveryPercentile() {
    LatencySummary summary = LatencySummary.of(List.of(Duration.ofMillis(7)));

    assertThat(summary.p50()).isEqualTo(7.0);
    assertThat(summary.p99()).isEqualTo(7.0);
  }

  @Test
  void noSamplesIsRefused() {
    assertThatThrownBy(() -> LatencySummary.of(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void optionsDefaultToAHundredMeasuredBuys() {
    assertThat(BenchmarkOptions.parse(new String[0])).isEqualTo(new BenchmarkOptions(100, 5));
    assertThat(BenchmarkOptions.parse(new String[] {"--count", "20", "--warmup", "0"}))
        .isEqualTo(new BenchmarkOptions(20, 0));
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--count", "0"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--count"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
