package com.parceliq.temporal.wiring;

import java.nio.file.Path;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.Config;

/**
 * Where the Temporal service is and how to talk to it. The defaults fit the local dev server; a
 * cluster or Temporal Cloud needs only configuration (env vars such as {@code
 * PARCELIQ_TEMPORAL_TARGET} map onto these keys).
 *
 * @param target host:port of the frontend ({@value #TARGET})
 * @param namespace the namespace of every workflow ({@value #NAMESPACE})
 * @param rpcTimeout deadline of ordinary calls ({@value #RPC_TIMEOUT}: ISO-8601 or {@code 10s})
 * @param rpcRetryExpiration how long the SDK retries a call while the frontend is unreachable
 *     ({@value #RPC_RETRY_EXPIRATION}); the API keeps it short so a Temporal outage is a prompt
 *     503, the workers keep the SDK's minute
 * @param apiKey a Temporal Cloud API key ({@value #API_KEY}); implies TLS
 * @param tls whether to use TLS ({@value #TLS}); implied by an API key or a client certificate
 * @param clientCert PEM client certificate for mTLS ({@value #TLS_CLIENT_CERT})
 * @param clientKey PKCS#8 PEM private key of that certificate ({@value #TLS_CLIENT_KEY})
 * @param serverCa PEM certificate(s) that sign the frontend's certificate ({@value
 *     #TLS_SERVER_CA}); absent means the JVM's trust store (right for Temporal Cloud, whose
 *     certificates are public)
 * @param serverName the name the frontend's certificate carries ({@value #TLS_SERVER_NAME}), when
 *     it differs from the target's host (a cluster reached through an internal load balancer)
 */
public record TemporalSettings(
    String target,
    String namespace,
    Duration rpcTimeout,
    Duration rpcRetryExpiration,
    Optional<String> apiKey,
    boolean tls,
    Optional<Path> clientCert,
    Optional<Path> clientKey,
    Optional<Path> serverCa,
    Optional<String> serverName) {

  public static final String TARGET = "parceliq.temporal.target";
  public static final String NAMESPACE = "parceliq.temporal.namespace";
  public static final String RPC_TIMEOUT = "parceliq.temporal.rpc-timeout";
  public static final String RPC_RETRY_EXPIRATION = "parceliq.temporal.rpc-retry-expiration";
  public static final String API_KEY = "parceliq.temporal.api-key";
  public static final String TLS = "parceliq.temporal.tls.enabled";
  public static final String TLS_CLIENT_CERT = "parceliq.temporal.tls.client-cert";
  public static final String TLS_CLIENT_KEY = "parceliq.temporal.tls.client-key";
  public static final String TLS_SERVER_CA = "parceliq.temporal.tls.server-ca";
  public static final String TLS_SERVER_NAME = "parceliq.temporal.tls.server-name";

  public static final String DEFAULT_TARGET = "127.0.0.1:7233";
  public static final String DEFAULT_NAMESPACE = "parceliq";
  public static final Duration DEFAULT_RPC_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_RPC_RETRY_EXPIRATION = Duration.ofMinutes(1);

  private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)(ms|s|m|h)");

  public TemporalSettings {
    requireText(target, TARGET);
    requireText(namespace, NAMESPACE);
    requirePositive(rpcTimeout, RPC_TIMEOUT);
    requirePositive(rpcRetryExpiration, RPC_RETRY_EXPIRATION);
    if (clientCert.isPresent() != clientKey.isPresent()) {
      throw new IllegalArgumentException(
          TLS_CLIENT_CERT
              + " and "
              + TLS_CLIENT_KEY
              + " must be set together (mTLS needs the certificate and its private key); only "
              + (clientCert.isPresent() ? TLS_CLIENT_CERT : TLS_CLIENT_KEY)
              + " is set");
    }
    tls =
        tls
            || apiKey.isPresent()
            || clientCert.isPresent()
            || serverCa.isPresent()
            || serverName.isPresent();
  }

  /** Settings without a custom server CA or server name (the SDK's trust store and the target). */
  public TemporalSettings(
      String target,
      String namespace,
      Duration rpcTimeout,
      Duration rpcRetryExpiration,
      Optional<String> apiKey,
      boolean tls,
      Optional<Path> clientCert,
      Optional<Path> clientKey) {
    this(
        target,
        namespace,
        rpcTimeout,
        rpcRetryExpiration,
        apiKey,
        tls,
        clientCert,
        clientKey,
        Optional.empty(),
        Optional.empty());
  }

  /** The local dev server: plain gRPC on loopback, namespace {@code parceliq}. */
  public static TemporalSettings local() {
    return new TemporalSettings(
        DEFAULT_TARGET,
        DEFAULT_NAMESPACE,
        DEFAULT_RPC_TIMEOUT,
        DEFAULT_RPC_RETRY_EXPIRATION,
        Optional.empty(),
        false,
        Optional.empty(),
        Optional.empty());
  }

  /** Reads the settings from MicroProfile Config. */
  public static TemporalSettings from(Config config) {
    return from(key -> config.getOptionalValue(key, String.class));
  }

  /** Reads the settings from any key lookup; blank values count as absent. */
  public static TemporalSettings from(Function<String, Optional<String>> lookup) {
    Function<String, Optional<String>> values =
        key -> lookup.apply(key).map(String::strip).filter(value -> !value.isEmpty());
    return new TemporalSettings(
        values.apply(TARGET).orElse(DEFAULT_TARGET),
        values.apply(NAMESPACE).orElse(DEFAULT_NAMESPACE),
        values
            .apply(RPC_TIMEOUT)
            .map(text -> duration(RPC_TIMEOUT, text))
            .orElse(DEFAULT_RPC_TIMEOUT),
        values
            .apply(RPC_RETRY_EXPIRATION)
            .map(text -> duration(RPC_RETRY_EXPIRATION, text))
            .orElse(DEFAULT_RPC_RETRY_EXPIRATION),
        values.apply(API_KEY),
        values.apply(TLS).map(Boolean::parseBoolean).orElse(false),
        values.apply(TLS_CLIENT_CERT).map(Path::of),
        values.apply(TLS_CLIENT_KEY).map(Path::of),
        values.apply(TLS_SERVER_CA).map(Path::of),
        values.apply(TLS_SERVER_NAME));
  }

  /** Never prints the API key. */
  @Override
  public String toString() {
    return "TemporalSettings[target="
        + target
        + ", namespace="
        + namespace
        + ", rpcTimeout="
        + rpcTimeout
        + ", rpcRetryExpiration="
        + rpcRetryExpiration
        + ", apiKey="
        + (apiKey.isPresent() ? "***" : "none")
        + ", tls="
        + tls
        + ", clientCert="
        + clientCert.map(Path::toString).orElse("none")
        + ", serverCa="
        + serverCa.map(Path::toString).orElse("none")
        + ", serverName="
        + serverName.orElse("none")
        + "]";
  }

  private static Duration duration(String key, String text) {
    Matcher shortForm = SHORT_DURATION.matcher(text.toLowerCase(Locale.ROOT));
    if (shortForm.matches()) {
      long amount = Long.parseLong(shortForm.group(1));
      return switch (shortForm.group(2)) {
        case "ms" -> Duration.ofMillis(amount);
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        default -> Duration.ofHours(amount);
      };
    }
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(key + " is not a duration (use 10s or PT10S): " + text, e);
    }
  }

  private static void requirePositive(Duration value, String key) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(key + " must be a positive duration");
    }
  }

  private static void requireText(String value, String key) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(key + " must not be blank");
    }
  }
}
