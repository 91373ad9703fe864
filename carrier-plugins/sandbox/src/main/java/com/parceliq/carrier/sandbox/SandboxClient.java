package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.spi.CarrierErrorKind;
import com.parceliq.carrier.spi.CarrierException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * JSON over HTTP to the simulator, with the configured timeouts. Every failure leaves here as a
 * {@link CarrierException}; capability classes only build requests and read answers.
 */
final class SandboxClient {

  private static final String USER_AGENT = "ParcelIQ-sandbox-plugin/1";

  private final HttpClient http;
  private final SandboxSettings settings;

  SandboxClient(SandboxSettings settings) {
    this.settings = settings;
    // HTTP/1.1: the JDK client would otherwise try an h2c upgrade on every plain-http call.
    this.http =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(settings.connectTimeout())
            .build();
  }

  JsonNode get(String path) {
    return send(request(path).GET());
  }

  /** POSTs {@code body}; a present {@code idempotencyKey} goes in the Idempotency-Key header. */
  JsonNode post(String path, JsonNode body, Optional<String> idempotencyKey) {
    byte[] json;
    try {
      json = SandboxJson.MAPPER.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      // A tree built in this module always serializes.
      throw new IllegalStateException("cannot serialize sandbox request", e);
    }
    HttpRequest.Builder request =
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(json));
    idempotencyKey
        .filter(key -> !key.isBlank())
        .ifPresent(key -> request.header("Idempotency-Key", key));
    return send(request);
  }

  /** One path segment, percent-encoded, so ids can never break out of their place in the URL. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(settings.baseUrl() + path))
        .timeout(settings.requestTimeout())
        .header("Accept", "application/json")
        .header("User-Agent", USER_AGENT);
  }

  private JsonNode send(HttpRequest.Builder request) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw SandboxErrorMapper.fromIo(e);
    } catch (InterruptedException e) {
      // The caller is being cancelled; keep the flag so it sees that too.
      Thread.currentThread().interrupt();
      throw new CarrierException(
          SandboxCarrierPlugin.CODE, CarrierErrorKind.UNAVAILABLE, "sandbox call interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw SandboxErrorMapper.fromResponse(response.statusCode(), response.body());
    }
    return SandboxJson.parse(response.body());
  }
}
