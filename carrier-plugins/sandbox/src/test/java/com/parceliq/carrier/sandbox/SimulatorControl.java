package com.parceliq.carrier.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** The simulator's control endpoints, which no carrier plugin uses: only tests. */
final class SimulatorControl {

  private final URI base;
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  SimulatorControl(URI base) {
    this.base = base;
  }

  void reset() {
    send(post("/_control/reset", "{}"));
  }

  void outage(int seconds) {
    send(post("/_control/outage", "{\"seconds\":" + seconds + "}"));
  }

  JsonNode stats() {
    return send(HttpRequest.newBuilder(base.resolve("/_control/stats")).GET().build());
  }

  private HttpRequest post(String path, String json) {
    return HttpRequest.newBuilder(base.resolve(path))
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json))
        .build();
  }

  private JsonNode send(HttpRequest request) {
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new IllegalStateException("control call answered " + response.statusCode());
      }
      return SandboxJson.parse(response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
