package com.parceliq.carrier.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whose carrier contract a plugin instance calls with: a tenant's carrier account (its credentials,
 * decrypted only in the worker's memory, and whether it is a test account) or the platform's own
 * (no credentials, as the sandbox carrier needs). {@link #toString()} never shows a credential, so
 * an account in a log line or an exception message leaks nothing.
 */
public final class CarrierAccount {

  private static final CarrierAccount PLATFORM = new CarrierAccount(null, false, Map.of());

  private final String accountId;
  private final boolean testMode;
  private final Map<String, String> credentials;

  public CarrierAccount(String accountId, boolean testMode, Map<String, String> credentials) {
    this.accountId = accountId;
    this.testMode = testMode;
    this.credentials = Map.copyOf(credentials);
  }

  /** The platform's own contract: no tenant account, no credentials. */
  public static CarrierAccount platform() {
    return PLATFORM;
  }

  /** The tenant's account id ({@code ca_...}); empty for the platform's own. */
  public Optional<String> accountId() {
    return Optional.ofNullable(accountId);
  }

  /** Whether calls go to the carrier's test (sandbox / customer-integration) environment. */
  public boolean testMode() {
    return testMode;
  }

  public Optional<String> credential(String name) {
    return Optional.ofNullable(credentials.get(name)).filter(value -> !value.isBlank());
  }

  /**
   * A credential the carrier cannot be called without; its absence is an authentication failure
   * (the account is incomplete, and no retry can complete it).
   */
  public String requireCredential(String carrier, String name) {
    return credential(name)
        .orElseThrow(
            () ->
                new CarrierException(
                    carrier,
                    CarrierErrorKind.AUTHENTICATION_FAILED,
                    carrier + " account " + accountId + " has no credential '" + name + "'",
                    List.of(new FieldError("credentials." + name, "is required"))));
  }

  @Override
  public String toString() {
    return "CarrierAccount["
        + (accountId == null ? "platform" : accountId)
        + (testMode ? ", test" : "")
        + ", credentials="
        + credentials.keySet()
        + "]";
  }
}
