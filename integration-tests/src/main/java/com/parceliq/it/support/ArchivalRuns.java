package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;

/** The operator's archival runs: {@code POST/GET /v1/ops/archival/runs}, as the platform admin. */
public final class ArchivalRuns {

  public static final String RUNS = "/v1/ops/archival/runs";

  private final Platform platform;

  public ArchivalRuns(Platform platform) {
    this.platform = platform;
  }

  /** A run request for {@code tenantId}'s shipments finished before {@code completedBefore}. */
  public static ObjectNode body(Instant completedBefore, String tenantId) {
    return Json.object()
        .put("completed_before", completedBefore.toString())
        .put("tenant_id", tenantId);
  }

  /**
   * Starts a run archiving {@code tenantId}'s finished shipments last changed before the cutoff.
   */
  public ApiResponse start(Instant completedBefore, String tenantId) {
    return start(body(completedBefore, tenantId), Unique.key("archive"));
  }

  public ApiResponse start(JsonNode body, String idempotencyKey) {
    return platform
        .api()
        .post(RUNS)
        .bearer(platform.adminKey())
        .idempotencyKey(idempotencyKey)
        .json(body)
        .send();
  }

  /** Starts a run and returns its id, failing with the exchange unless the API answers 201. */
  public String started(Instant completedBefore, String tenantId) {
    return start(completedBefore, tenantId).expect(201).path("id").asText();
  }

  public ApiResponse get(String runId) {
    return platform.api().get(RUNS + "/" + runId).bearer(platform.adminKey()).send();
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
