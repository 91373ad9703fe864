package com.parceliq.carrier.http;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierSettings;
import java.net.URI;
import java.time.Duration;

/**
 * Where and how patiently to call a carrier, from its settings ({@code
 * parceliq.carriers.<code>.*}): {@code base-url} (production) and {@code test-base-url} (the
 * carrier's test environment, used for accounts in test mode), each defaulting to the carrier's
 * published host; {@code connect-timeout-ms} (2000) and {@code request-timeout-ms} (the
 * descriptor's call timeout).
 */
public final class CarrierEndpoints {

  private CarrierEndpoints() {}

  /** The base URL without a trailing slash, so adapters append paths starting with "/". */
  public static String baseUrl(
      CarrierSettings settings, CarrierAccount account, String production, String test) {
    String key = account.testMode() ? "test-base-url" : "base-url";
    String url = settings.get(key).orElse(account.testMode() ? test : production);
    URI parsed = URI.create(url);
    if (!"http".equals(parsed.getScheme()) && !"https".equals(parsed.getScheme())) {
      throw new IllegalStateException(key + " must be an http(s) URL: " + url);
    }
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  public static CarrierHttp http(String carrier, CarrierSettings settings, Duration callTimeout) {
    return new CarrierHttp(
        carrier,
        millis(settings, "connect-timeout-ms", Duration.ofSeconds(2)),
        millis(settings, "request-timeout-ms", callTimeout));
  }

  private static Duration millis(CarrierSettings settings, String key, Duration fallback) {
    return settings
        .get(key)
        .map(
            value -> {
              try {
                return Duration.ofMillis(Long.parseLong(value.strip()));
              } catch (NumberFormatException e) {
                throw new IllegalStateException(key + " must be milliseconds: " + value, e);
              }
            })
        .orElse(fallback);
  }
}
