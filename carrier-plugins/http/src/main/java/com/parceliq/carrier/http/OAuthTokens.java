package com.parceliq.carrier.http;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * One account's OAuth client-credentials token, fetched once and shared by every call until shortly
 * before it expires, or until the carrier answers 401 to it (revoked, rotated, clock skew): then
 * the next call fetches a fresh one. Carriers rate-limit their token endpoints, so a token per call
 * would get the account throttled.
 */
public final class OAuthTokens {

  /** Refresh this long before expiry, so a call never starts with a token about to lapse. */
  static final Duration EARLY_REFRESH = Duration.ofSeconds(60);

  private final Supplier<AccessToken> fetcher;
  private final Clock clock;
  private AccessToken current;

  /**
   * @param fetcher the carrier's token request (an adapter's own builder and parser); it throws a
   *     {@link com.parceliq.carrier.spi.CarrierException} when the carrier refuses the credentials
   */
  public OAuthTokens(Supplier<AccessToken> fetcher, Clock clock) {
    this.fetcher = fetcher;
    this.clock = clock;
  }

  public OAuthTokens(Supplier<AccessToken> fetcher) {
    this(fetcher, Clock.systemUTC());
  }

  /** A token valid for at least the next minute. */
  public synchronized String value() {
    if (current == null || !clock.instant().plus(EARLY_REFRESH).isBefore(current.expiresAt())) {
      current = fetcher.get();
    }
    return current.value();
  }

  /**
   * Forgets {@code rejected} after the carrier refused it; a token another call already replaced is
   * left alone, so concurrent 401s cause one refresh, not one each.
   */
  public synchronized void rejected(String rejected) {
    if (current != null && current.value().equals(rejected)) {
      current = null;
    }
  }
}
