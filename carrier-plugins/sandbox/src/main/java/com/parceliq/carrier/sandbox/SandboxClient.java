package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.carrier.http.CarrierHttp;
import com.parceliq.carrier.http.HttpAnswer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * JSON over HTTP to the simulator, with the configured timeouts. Every failure leaves here as a
 * {@link CarrierException}; capability classes only build requests and read answers.
 */
final class SandboxClient {

  private static final String USER_AGENT = "ParcelIQ-sandbox-plugin/1";

  private final CarrierHttp http;
  private final SandboxSettings settings;

  SandboxClient(SandboxSettings settings) {
    this.settings = settings;
    this.http =
        new CarrierHttp(
            SandboxCarrierPlugin.CODE, settings.connectTimeout(), settings.requestTimeout());
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
        .header("Accept", "application/json")
        .header("User-Agent", USER_AGENT);
  }

  private JsonNode send(HttpRequest.Builder request) {
    HttpAnswer answer = http.send(request);
    if (!answer.isSuccess()) {
      throw SandboxErrorMapper.fromResponse(answer.status(), answer.body());
    }
    return SandboxJson.parse(answer.body());
  }
}
