package com.parceliq.carrier.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class OAuthTokensTest {

  private final AtomicInteger fetches = new AtomicInteger();
  private Instant now = Instant.parse("2026-11-22T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public ZoneOffset getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
          return this;
        }

        @Override
        public Instant instant() {
          return now;
        }
      };
  private final OAuthTokens tokens =
      new OAuthTokens(
          () ->
              new AccessToken(
                  "token-" + fetches.incrementAndGet(), now.plus(Duration.ofMinutes(10))),
          clock);

  @Test
  void oneTokenServesEveryCallUntilAMinuteBeforeItExpires() {
    assertThat(tokens.value()).isEqualTo("token-1");
    now = now.plus(Duration.ofMinutes(8));
    assertThat(tokens.value()).isEqualTo("token-1");

    now = now.plus(Duration.ofSeconds(61));
    assertThat(tokens.value()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }

  @Test
  void aRejectedTokenIsReplacedOnceEvenWhenSeveralCallsReportIt() {
    String first = tokens.value();

    tokens.rejected(first);
    String second = tokens.value();
    tokens.rejected(first);

    assertThat(second).isEqualTo("token-2");
    assertThat(tokens.value()).isEqualTo("token-2");
    assertThat(fetches).hasValue(2);
  }
}
