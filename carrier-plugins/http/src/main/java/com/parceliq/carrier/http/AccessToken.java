package com.parceliq.carrier.http;

import java.time.Instant;

/** An OAuth access token and when the carrier said it expires. Never logged. */
public record AccessToken(String value, Instant expiresAt) {

  @Override
  public String toString() {
    return "AccessToken[expiresAt=" + expiresAt + "]";
  }
}
