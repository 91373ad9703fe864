package com.parceliq.simulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** A bare HTTP client for the simulator's tests: JSON in, status and JSON out. */
public final class SimulatorClient {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  public SimulatorClient(URI base) {
    this.base = base;
  }

  /** A response: status, headers and the body parsed as JSON when it is JSON. */
  public record Answer(int status, HttpResponse<String> raw) {
    public JsonNode json() {
      try {
        return MAPPER.readTree(raw.body());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public String header(String name) {
      return raw.headers().firstValue(name).orElse(null);
    }
  }

  public Answer get(String path) {
    return send(HttpRequest.newBuilder(base.resolve(path)).GET(), Duration.ofSeconds(10));
  }

  public Answer post(String path, String json, String... headers) {
    return post(path, json, Duration.ofSeconds(10), headers);
  }

  public Answer post(String path, String json, Duration timeout, String... headers) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(base.resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request, timeout);
  }

  /** Sends and propagates the exception, for tests that expect a timeout. */
  public HttpResponse<String> postRaw(String path, String json, Duration timeout, String key)
      throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve(path))
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private Answer send(HttpRequest.Builder request, Duration timeout) {
    try {
      HttpResponse<String> response =
          http.send(request.timeout(timeout).build(), HttpResponse.BodyHandlers.ofString());
      return new Answer(response.statusCode(), response);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
