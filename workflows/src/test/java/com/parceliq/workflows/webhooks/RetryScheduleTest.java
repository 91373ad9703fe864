package com.parceliq.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryScheduleTest {

  private final RetrySchedule standard = RetrySchedule.standard();

  @Test
  void ceilingDoublesFromFiveSecondsUntilTheOneHourCap() {
    assertThat(standard.ceilingAfter(1)).isEqualTo(Duration.ofSeconds(5));
    assertThat(standard.ceilingAfter(2)).isEqualTo(Duration.ofSeconds(10));
    assertThat(standard.ceilingAfter(3)).isEqualTo(Duration.ofSeconds(20));
    assertThat(standard.ceilingAfter(10)).isEqualTo(Duration.ofSeconds(5 * 512));
    assertThat(standard.ceilingAfter(11)).isEqualTo(Duration.ofHours(1));
    assertThat(standard.ceilingAfter(500)).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void fullJitterSpansZeroToTheCeiling() {
    assertThat(standard.backoffAfter(3, 0.0)).isEqualTo(Duration.ZERO);
    assertThat(standard.backoffAfter(3, 0.5)).isEqualTo(Duration.ofSeconds(10));
    assertThat(standard.backoffAfter(3, 0.999999)).isLessThan(Duration.ofSeconds(20));
    assertThat(standard.backoffAfter(40, 0.999999)).isLessThan(Duration.ofHours(1));
  }

  @Test
  void aFractionOutOfRangeIsClampedNeverBeyondTheCeiling() {
    assertThat(standard.backoffAfter(2, 7.0)).isEqualTo(Duration.ofSeconds(10));
    assertThat(standard.backoffAfter(2, -1.0)).isEqualTo(Duration.ZERO);
  }

  @Test
  void throttledWaitStartsBetweenOneAndTwoThrottleWaitsAndGrowsToAMinute() {
    assertThat(standard.throttleBackoff(1, 0.0)).isEqualTo(Duration.ofSeconds(1));
    assertThat(standard.throttleBackoff(1, 0.999)).isLessThan(Duration.ofSeconds(2));
    assertThat(standard.throttleBackoff(3, 0.0)).isEqualTo(Duration.ofSeconds(4));
    assertThat(standard.throttleBackoff(30, 0.0)).isEqualTo(Duration.ofMinutes(1));
    assertThat(standard.throttleBackoff(30, 0.999)).isLessThan(Duration.ofMinutes(2));
  }
}
