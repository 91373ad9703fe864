package com.parceliq.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IdempotencyRetentionTest {

  @Test
  void aDayOrMoreIsAccepted() {
    assertThat(new IdempotencyRetention(Duration.ofHours(24)).retention())
        .isEqualTo(Duration.ofHours(24));
    assertThat(new IdempotencyRetention(Duration.ofHours(48)).retention())
        .isEqualTo(Duration.ofHours(48));
  }

  @Test
  void lessThanADayIsRefusedNamingTheProperty() {
    assertThatThrownBy(() -> new IdempotencyRetention(Duration.ofHours(12)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith(
            "parceliq.api.idempotency.retention is 12h but must be at least 24h");
    assertThatThrownBy(() -> new IdempotencyRetention(Duration.ofHours(24).minusSeconds(1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("is 86399s");
    assertThatThrownBy(() -> new IdempotencyRetention(Duration.ZERO))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> new IdempotencyRetention(null))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void recordsCreatedBeforeNowMinusTheRetentionAreExpired() {
    Instant now = Instant.parse("2026-03-03T12:00:00Z");

    Instant cutoff = new IdempotencyRetention(Duration.ofHours(48)).cutoff(now);

    assertThat(cutoff).isEqualTo(Instant.parse("2026-03-01T12:00:00Z"));
  }
}
