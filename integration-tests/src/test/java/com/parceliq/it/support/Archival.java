package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.Instant;

/**
 * Operator archival runs through the API ({@code /v1/ops/archival/runs}), as the platform admin.
 */
public final class Archival {

  public static final String RUNS = "/v1/ops/archival/runs";
  private static final Duration RUN_WITHIN = Duration.ofSeconds(120);

  private Archival() {}

  /** A valid run request: everything of {@code tenantId} finished before a minute ago. */
  public static ObjectNode runBody(String tenantId) {
    return Json.object()
        .put("completed_before", Instant.now().minusSeconds(60).toString())
        .put("tenant_id", tenantId);
  }

  public static ApiResponse start(Platform platform, JsonNode body, String idempotencyKey) {
    return platform
        .api()
        .post(RUNS)
        .bearer(platform.adminKey())
        .idempotencyKey(idempotencyKey)
        .json(body)
        .send();
  }

  public static ApiResponse run(Platform platform, String runId) {
    return platform.api().get(RUNS + "/" + runId).bearer(platform.adminKey()).send();
  }

  /**
   * Polls the run until it is no longer running. A 503 while it runs (no worker answered the
   * progress query in time) is polled through like any other not-yet.
   */
  public static JsonNode awaitFinished(Platform platform, String runId) {
    ApiResponse finished =
        Eventually.await(
            "archival run " + runId + " finished",
            RUN_WITHIN,
            () -> run(platform, runId),
            response ->
                response.status() == 200
                    && !response.json().path("status").asText().equals("running"));
    return finished.json();
  }
}
