package com.parceliq.api.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RetryAfterTest {

  @Test
  void aWaitUnderOneSecondIsOneSecond() {
    assertThat(RetryAfter.seconds(0)).isEqualTo(1);
    assertThat(RetryAfter.seconds(1)).isEqualTo(1);
    assertThat(RetryAfter.seconds(1_000_000_000L)).isEqualTo(1);
  }

  @Test
  void longerWaitsRoundUpToWholeSeconds() {
    assertThat(RetryAfter.seconds(1_000_000_001L)).isEqualTo(2);
    assertThat(RetryAfter.seconds(59_200_000_000L)).isEqualTo(60);
  }

  @Test
  void aNegativeWaitStillSaysOneSecond() {
    assertThat(RetryAfter.seconds(-5)).isEqualTo(1);
  }
}
