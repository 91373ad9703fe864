package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/** A fluent builder for one API call: {@code api.post("/v1/shipments").bearer(key).json(body)}. */
public final class ApiRequest {

  private final HttpClient http;
  private final String method;
  private final URI uri;
  private final HttpRequest.Builder builder;
  private String body;
  private Path file;

  ApiRequest(HttpClient http, String method, URI uri, Duration timeout) {
    this.http = http;
    this.method = method;
    this.uri = uri;
    this.builder = HttpRequest.newBuilder(uri).timeout(timeout).setHeader("Accept", "*/*");
  }

  public ApiRequest bearer(String token) {
    builder.setHeader("Authorization", "Bearer " + token);
    return this;
  }

  public ApiRequest idempotencyKey(String key) {
    return header("Idempotency-Key", key);
  }

  public ApiRequest requestId(String requestId) {
    return header("X-Request-Id", requestId);
  }

  public ApiRequest header(String name, String value) {
    builder.setHeader(name, value);
    return this;
  }

  public ApiRequest timeout(Duration timeout) {
    builder.timeout(timeout);
    return this;
  }

  public ApiRequest json(JsonNode json) {
    return rawJson(Json.write(json));
  }

  /** Sends the text as is with a JSON content type, e.g. deliberately malformed JSON. */
  public ApiRequest rawJson(String text) {
    this.body = text;
    builder.setHeader("Content-Type", "application/json");
    return this;
  }

  /** Sends the text as is with a CSV content type (a carrier invoice). */
  public ApiRequest csv(String text) {
    this.body = text;
    builder.setHeader("Content-Type", "text/csv");
    return this;
  }

  /** Streams the file as the body (never read into memory) with the given content type. */
  public ApiRequest file(Path path, String contentType) {
    this.file = path;
    this.body = "<file " + path + ">";
    builder.setHeader("Content-Type", contentType);
    return this;
  }

  public ApiResponse send() {
    long started = System.nanoTime();
    try {
      HttpResponse<byte[]> response = http.send(build(), HttpResponse.BodyHandlers.ofByteArray());
      return toResponse(response, started);
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + uri + " failed", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(method + " " + uri + " interrupted", e);
    }
  }

  /** Sends without waiting, for calls that must be in flight while something else happens. */
  public CompletableFuture<ApiResponse> sendAsync() {
    long started = System.nanoTime();
    return http.sendAsync(build(), HttpResponse.BodyHandlers.ofByteArray())
        .thenApply(response -> toResponse(response, started));
  }

  private HttpRequest build() {
    HttpRequest.BodyPublisher publisher;
    try {
      publisher =
          file != null
              ? HttpRequest.BodyPublishers.ofFile(file)
              : body == null
                  ? HttpRequest.BodyPublishers.noBody()
                  : HttpRequest.BodyPublishers.ofString(body);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
    return builder.method(method, publisher).build();
  }

  private ApiResponse toResponse(HttpResponse<byte[]> response, long started) {
    return new ApiResponse(
        method,
        uri.toString(),
        body,
        response.statusCode(),
        response.headers(),
        response.body(),
        Duration.ofNanos(System.nanoTime() - started));
  }
}
