package com.parceliq.api.auth;

/**
 * The outcome of a successful authentication: who is calling and, for an API key created with its
 * own rate, that rate ({@code null}: the configured default applies).
 */
public record Authenticated(Principal principal, Integer ownRatePerSecond) {

  public static Authenticated of(Principal principal) {
    return new Authenticated(principal, null);
  }
}
