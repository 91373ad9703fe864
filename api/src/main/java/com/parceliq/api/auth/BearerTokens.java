package com.parceliq.api.auth;

import java.util.Locale;
import java.util.Optional;

/** Reads the token out of an {@code Authorization: Bearer <token>} header. */
public final class BearerTokens {

  private static final String SCHEME = "bearer ";
  // An API key is 68 characters; an RS256 access token with a few claims about 800.
  private static final int MAX_TOKEN_LENGTH = 4096;

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
