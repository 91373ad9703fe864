package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;

/** The operator's archival runs: {@code POST/GET /v1/ops/archival/runs}, as the platform admin. */
public final class ArchivalRuns {

  private final Platform platform;

  public ArchivalRuns(Platform platform) {
    this.platform = platform;
  }

  /**
   * Starts a run archiving {@code tenantId}'s finished shipments last changed before the cutoff.
   */
  public ApiResponse start(Instant completedBefore, String tenantId) {
    return platform
        .api()
        .post("/v1/ops/archival/runs")
        .bearer(platform.adminKey())
        .json(
            Json.object()
                .put("completed_before", completedBefore.toString())
                .put("tenant_id", tenantId))
        .send();
  }

  /** Starts a run and returns its id, failing with the exchange unless the API answers 201. */
  public String started(Instant completedBefore, String tenantId) {
    return start(completedBefore, tenantId).expect(201).path("id").asText();
  }

  public ApiResponse get(String runId) {
    return platform.api().get("/v1/ops/archival/runs/" + runId).bearer(platform.adminKey()).send();
  }

  /** The run's status and progress, or null while the API cannot answer (workers restarting). */
  public JsonNode progressOrNull(String runId) {
    ApiResponse response = get(runId);
    return response.status() == 200 ? response.json() : null;
  }

  public static long archived(JsonNode run) {
    return run == null ? -1 : run.path("shipments_archived").asLong(-1);
  }

  public static String status(JsonNode run) {
    return run == null ? "" : run.path("status").asText();
  }
}
