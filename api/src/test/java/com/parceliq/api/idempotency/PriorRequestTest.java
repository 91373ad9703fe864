package com.parceliq.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PriorRequestTest {

  private static final Instant NOW = Instant.parse("2026-01-01T12:00:00Z");
  private static final StoredAnswer CREATED = new StoredAnswer(201, "{\"id\":\"shp_1\"}", null);

  @Test
  void retryWithTheSameBodyReplaysTheFirstAnswer() {
    PriorRequest completed = new PriorRequest("hash-a", true, CREATED, NOW);

    assertThat(completed.replayFor("hash-a")).isEqualTo(CREATED);
  }

  @Test
  void sameKeyWithADifferentBodyIsRefusedAsReused() {
    PriorRequest completed = new PriorRequest("hash-a", true, CREATED, NOW);

    assertThatThrownBy(() -> completed.replayFor("hash-b"))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> assertThat(refusal.code().code()).isEqualTo("IDEMPOTENCY.KEY_REUSED"));
  }

  @Test
  void retryWhileTheFirstRequestRunsIsAConflict() {
    PriorRequest running = new PriorRequest("hash-a", false, null, NOW);

    assertThatThrownBy(() -> running.replayFor("hash-a"))
        .isInstanceOfSatisfying(
            ApiException.class,
            refusal -> assertThat(refusal.code().code()).isEqualTo("IDEMPOTENCY.IN_FLIGHT"));
  }

  @Test
  void claimOfACrashedRequestIsAbandonedAfterTheExpiry() {
    PriorRequest running = new PriorRequest("hash-a", false, null, NOW.minusSeconds(600));
    PriorRequest completed = new PriorRequest("hash-a", true, CREATED, NOW.minusSeconds(600));

    assertThat(running.isAbandoned(NOW, Duration.ofMinutes(5))).isTrue();
    assertThat(running.isAbandoned(NOW, Duration.ofMinutes(15))).isFalse();
    assertThat(completed.isAbandoned(NOW, Duration.ofMinutes(5))).isFalse();
  }
}
