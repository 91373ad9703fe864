package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

/**
 * The SmallRye Health endpoints of one app of the test stack: readiness says whether it should get
 * traffic (or tasks), liveness whether it should be restarted.
 */
public record AppHealth(String app, ApiClient client) {

  /** Dependencies answer again with backoff; the bound only keeps a broken stack from hanging. */
  private static final Duration SETTLE = Duration.ofMinutes(2);

  /** The API and the workers, the two apps whose health an orchestrator probes. */
  public static List<AppHealth> apps() {
    return List.of(
        new AppHealth("api", TestStack.api()), new AppHealth("workers", TestStack.workers()));
  }

  public ApiResponse ready() {
    return client.get("/q/health/ready").send();
  }

  public ApiResponse live() {
    return client.get("/q/health/live").send();
  }

  /** Waits until readiness answers {@code status} (200 UP, 503 DOWN) and returns that answer. */
  public ApiResponse awaitReadiness(int status) {
    return Eventually.await(
        app + " readiness " + status, SETTLE, this::ready, answer -> answer.status() == status);
  }

  /** The status (UP or DOWN) of the check named {@code name} in a health answer; "" if absent. */
  public static String checkStatus(ApiResponse health, String name) {
    JsonNode checks = health.json().path("checks");
    return StreamSupport.stream(checks.spliterator(), false)
        .filter(check -> check.path("name").asText().equals(name))
        .map(check -> check.path("status").asText())
        .findFirst()
        .orElse("");
  }

  @Override
  public String toString() {
    return app;
  }
}
