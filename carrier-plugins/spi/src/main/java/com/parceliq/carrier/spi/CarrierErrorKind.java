package com.parceliq.carrier.spi;

/** The normalized taxonomy every carrier's error shapes map into. */
public enum CarrierErrorKind {
  AUTHENTICATION_FAILED(false),
  REJECTED(false),
  UNSUPPORTED(false),
  RATE_LIMITED(true),
  UNAVAILABLE(true),
  TIMEOUT(true);

  private final boolean retryable;

  CarrierErrorKind(boolean retryable) {
    this.retryable = retryable;
  }

  /** Whether trying the same call again later can succeed. */
  public boolean retryable() {
    return retryable;
  }
}
