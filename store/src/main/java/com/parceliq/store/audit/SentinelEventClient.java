package com.parceliq.store.audit;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Sends audit events to Sentinel: {@code POST {base}/v1/events} with {@code {"events": [...]}},
 * snake_case fields, {@code principal_id} naming the actor. Any answer other than 2xx, a timeout or
 * an unreachable host is a failed send.
 */
public final class SentinelEventClient implements AuditBatchSender {

  private static final ObjectMapper JSON =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
          .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

  private final HttpClient http;
  private final URI endpoint;
  private final Duration timeout;

  public SentinelEventClient(URI baseUrl, Duration timeout) {
    String base = baseUrl.toString().replaceAll("/+$", "");
    this.endpoint = URI.create(base + "/v1/events");
    this.timeout = timeout;
    this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
  }

  @Override
  public void send(List<AuditEvent> batch) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(endpoint)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(batch)))
            .build();
    HttpResponse<Void> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.discarding());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while sending audit events", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw new IOException(
          "Sentinel answered " + response.statusCode() + " to " + batch.size() + " audit events");
    }
  }

  static byte[] body(List<AuditEvent> batch) throws IOException {
    return JSON.writeValueAsBytes(Map.of("events", batch));
  }
}
