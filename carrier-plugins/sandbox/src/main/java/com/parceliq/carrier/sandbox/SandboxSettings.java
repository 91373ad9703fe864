package com.parceliq.carrier.sandbox;

import com.parceliq.carrier.spi.CarrierSettings;
import java.net.URI;
import java.time.Duration;

/**
 * The plugin's settings: {@code base-url} (required), {@code connect-timeout-ms} (default 2000) and
 * {@code request-timeout-ms} (default 10000). Bad values fail at startup, not on first use.
 */
record SandboxSettings(URI baseUrl, Duration connectTimeout, Duration requestTimeout) {

  static final String BASE_URL = "base-url";
  static final String CONNECT_TIMEOUT_MS = "connect-timeout-ms";
  static final String REQUEST_TIMEOUT_MS = "request-timeout-ms";

  static SandboxSettings from(CarrierSettings settings) {
    return new SandboxSettings(
        baseUrl(settings.require(BASE_URL)),
        Duration.ofMillis(millis(settings, CONNECT_TIMEOUT_MS, 2_000)),
        Duration.ofMillis(millis(settings, REQUEST_TIMEOUT_MS, 10_000)));
  }

  private static URI baseUrl(String value) {
    String trimmed = value.trim();
    // A trailing slash would double up with the API paths, which all start with one.
    URI uri =
        URI.create(trimmed.endsWith("/") ? trimmed.substring(0, trimmed.length() - 1) : trimmed);
    if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme())) {
      throw new IllegalArgumentException("sandbox " + BASE_URL + " must be http(s): " + value);
    }
    return uri;
  }

  private static long millis(CarrierSettings settings, String key, long fallback) {
    String value = settings.get(key).map(String::trim).orElse("");
    if (value.isEmpty()) {
      return fallback;
    }
    try {
      long millis = Long.parseLong(value);
      if (millis > 0) {
        return millis;
      }
    } catch (NumberFormatException e) {
      // reported below with the setting's name
    }
    throw new IllegalArgumentException(
        "sandbox " + key + " must be a positive number of milliseconds: " + value);
  }
}
