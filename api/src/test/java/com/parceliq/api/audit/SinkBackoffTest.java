package com.parceliq.api.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SinkBackoffTest {

  private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");

  @Test
  void delaysDoubleFromASecondUpToAMinute() {
    assertThat(SinkBackoff.delayAfter(1)).isEqualTo(Duration.ofSeconds(1));
    assertThat(SinkBackoff.delayAfter(2)).isEqualTo(Duration.ofSeconds(2));
    assertThat(SinkBackoff.delayAfter(6)).isEqualTo(Duration.ofSeconds(32));
    assertThat(SinkBackoff.delayAfter(7)).isEqualTo(Duration.ofMinutes(1));
    assertThat(SinkBackoff.delayAfter(500)).isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aFailedSinkIsNotTriedBeforeItsDelayAndASuccessResetsIt() {
    SinkBackoff backoff = new SinkBackoff();
    assertThat(backoff.due(NOW)).isTrue();

    backoff.failed(NOW);
    backoff.failed(NOW);
    assertThat(backoff.due(NOW.plusSeconds(1))).isFalse();
    assertThat(backoff.due(NOW.plusSeconds(2))).isTrue();

    backoff.succeeded();
    assertThat(backoff.due(NOW)).isTrue();
  }
}
