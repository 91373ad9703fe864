package com.parceliq.api.authz.sentinel;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.parceliq.api.authz.AuthorizationRequest;
import com.parceliq.api.authz.Decision;
import com.parceliq.api.authz.PolicyDecisionPoint;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * The remote PDP: asks Sentinel ({@code POST <url>/v1/authorize}) with strict connect and response
 * timeouts. Fails closed: a timeout, a refused connection, a non-2xx status or an answer it cannot
 * read is unavailable (503 to the client), never an allow. A principal on the local quarantine list
 * is denied without asking.
 */
public final class SentinelPolicyDecisionPoint implements PolicyDecisionPoint {

  private final URI endpoint;
  private final Duration responseTimeout;
  private final HttpClient http;
  private final ObjectMapper json;

  public SentinelPolicyDecisionPoint(
      URI baseUrl, Duration connectTimeout, Duration responseTimeout, ObjectMapper json) {
    this.endpoint = baseUrl.resolve(stripTrailingSlash(baseUrl.getPath()) + "/v1/authorize");
    this.responseTimeout = responseTimeout;
    this.json = json;
    this.http =
        HttpClient.newBuilder()
            .connectTimeout(connectTimeout)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  @Override
  public Decision decide(AuthorizationRequest request) {
    if (request.action() == null || request.resource() == null) {
      return Decision.deny("unmapped operation");
    }
    if (request.quarantined()) {
      return Decision.deny("the principal is quarantined");
    }
    try {
      HttpRequest post =
          HttpRequest.newBuilder(endpoint)
              .timeout(responseTimeout)
              .header("Content-Type", "application/json")
              .header("Accept", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      json.writeValueAsString(SentinelRequests.body(json, request))))
              .build();
      HttpResponse<String> response = http.send(post, HttpResponse.BodyHandlers.ofString());
      return SentinelAnswers.read(json, response.statusCode(), response.body());
    } catch (HttpTimeoutException e) {
      return Decision.unavailable("Sentinel did not answer in time");
    } catch (IOException e) {
      return Decision.unavailable("Sentinel unreachable: " + e.getClass().getSimpleName());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Decision.unavailable("interrupted while asking Sentinel");
    } catch (RuntimeException e) {
      return Decision.unavailable("Sentinel request failed: " + e.getMessage());
    }
  }

  private static String stripTrailingSlash(String path) {
    if (path == null) {
      return "";
    }
    return path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }
}
