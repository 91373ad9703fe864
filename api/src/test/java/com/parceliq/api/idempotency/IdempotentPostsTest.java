package com.parceliq.api.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.api.error.ApiException;
import org.junit.jupiter.api.Test;

class IdempotentPostsTest {

  @Test
  void successesAndFinalRefusalsAreStoredForReplay() {
    assertThat(IdempotentPosts.isFinal(200)).isTrue();
    assertThat(IdempotentPosts.isFinal(201)).isTrue();
    assertThat(IdempotentPosts.isFinal(402)).isTrue();
    assertThat(IdempotentPosts.isFinal(404)).isTrue();
    assertThat(IdempotentPosts.isFinal(422)).isTrue();
  }

  @Test
  void answersWorthRetryingReleaseTheKey() {
    assertThat(IdempotentPosts.isFinal(202)).isFalse();
    assertThat(IdempotentPosts.isFinal(409)).isFalse();
    assertThat(IdempotentPosts.isFinal(429)).isFalse();
    assertThat(IdempotentPosts.isFinal(500)).isFalse();
    assertThat(IdempotentPosts.isFinal(503)).isFalse();
  }

  @Test
  void keyIsOptionalButMustBeUsableWhenGiven() {
    assertThat(IdempotentPosts.idempotencyKey(null)).isEmpty();
    assertThat(IdempotentPosts.idempotencyKey(" buy-1 ")).contains("buy-1");
    assertThatThrownBy(() -> IdempotentPosts.idempotencyKey("  ")).isInstanceOf(ApiException.class);
    assertThatThrownBy(() -> IdempotentPosts.idempotencyKey("k".repeat(256)))
        .isInstanceOf(ApiException.class);
  }
}
