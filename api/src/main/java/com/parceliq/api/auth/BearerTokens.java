package com.parceliq.api.auth;

import java.util.Locale;
import java.util.Optional;

/** Reads the token out of an {@code Authorization: Bearer <token>} header. */
public final class BearerTokens {

  private static final String SCHEME = "bearer ";
  private static final int MAX_TOKEN_LENGTH = 512;

  private BearerTokens() {}

  public static Optional<String> fromHeader(String authorization) {
    if (authorization == null
        || authorization.length() <= SCHEME.length()
        || !authorization.substring(0, SCHEME.length()).toLowerCase(Locale.ROOT).equals(SCHEME)) {
      return Optional.empty();
    }
    String token = authorization.substring(SCHEME.length()).strip();
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(token);
  }
}
