package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * One HTTP exchange. {@link #toString()} prints the request and the whole answer, so a failing
 * assertion shows exactly what was sent and what came back.
 */
public final class ApiResponse {

  private final String method;
  private final String url;
  private final String requestBody;
  private final int status;
  private final HttpHeaders headers;
  private final byte[] body;
  private final Duration elapsed;
  private JsonNode json;

  ApiResponse(
      String method,
      String url,
      String requestBody,
      int status,
      HttpHeaders headers,
      byte[] body,
      Duration elapsed) {
    this.method = method;
    this.url = url;
    this.requestBody = requestBody;
    this.status = status;
    this.headers = headers;
    this.body = body;
    this.elapsed = elapsed;
  }

  public int status() {
    return status;
  }

  public Optional<String> header(String name) {
    return headers.firstValue(name);
  }

  public HttpHeaders headers() {
    return headers;
  }

  public byte[] bytes() {
    return body.clone();
  }

  public String text() {
    return new String(body, StandardCharsets.UTF_8);
  }

  /** How long the call took, from sending the request to the last byte of the answer. */
  public Duration elapsed() {
    return elapsed;
  }

  /** The body as JSON; fails with the whole exchange when the body is not JSON. */
  public JsonNode json() {
    if (json == null) {
      try {
        json = Json.parse(text());
      } catch (RuntimeException e) {
        throw new AssertionError("Body is not JSON: " + this, e);
      }
    }
    return json;
  }

  /** Returns the JSON body when the status is the expected one, else fails with the exchange. */
  public JsonNode expect(int expectedStatus) {
    if (status != expectedStatus) {
      throw new AssertionError("Expected HTTP " + expectedStatus + " but got: " + this);
    }
    return json();
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    out.append(method).append(' ').append(url);
    if (requestBody != null) {
      out.append(" body=").append(Json.abbreviate(requestBody));
    }
    out.append(" -> HTTP ").append(status);
    headers
        .map()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("x-request-id")
                  || name.equalsIgnoreCase("content-type")
                  || name.equalsIgnoreCase("idempotent-replayed")
                  || name.equalsIgnoreCase("retry-after")) {
                out.append(' ').append(name).append('=').append(values);
              }
            });
    out.append(" body=").append(Json.abbreviate(text()));
    return out.toString();
  }
}
