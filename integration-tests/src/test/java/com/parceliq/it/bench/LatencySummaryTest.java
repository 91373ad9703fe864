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
    assertThat(summary.p95()).isEqualTo(95.0);
    assertThat(summary.p99()).isEqualTo(99.0);
    assertThat(summary.max()).isEqualTo(100.0);
    assertThat(summary.mean()).isEqualTo(50.5);
  }

  @Test
  void p99OfTwentySamplesIsTheSlowestOne() {
    List<Duration> samples = new ArrayList<>();
    for (int millis = 1; millis <= 20; millis++) {
      samples.add(Duration.ofMillis(millis * 10L));
    }

    LatencySummary summary = LatencySummary.of(samples);

    assertThat(summary.p50()).isEqualTo(100.0);
    assertThat(summary.p95()).isEqualTo(190.0);
    assertThat(summary.p99()).isEqualTo(200.0);
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
}
