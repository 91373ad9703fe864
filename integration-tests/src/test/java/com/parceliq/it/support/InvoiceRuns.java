package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Operator invoicing runs ({@code POST/GET /v1/ops/invoice_runs}) as the platform admin. */
public final class InvoiceRuns {

  public static final String RUNS = "/v1/ops/invoice_runs";

  private InvoiceRuns() {}

  /** The month before the current one (UTC): the latest closed period. */
  public static String lastMonth() {
    return YearMonth.now(ZoneOffset.UTC).minusMonths(1).toString();
  }

  public static ObjectNode body(String period, String tenantId) {
    ObjectNode body = Json.object().put("period", period);
    if (tenantId != null) {
      body.put("tenant_id", tenantId);
    }
    return body;
  }

  public static ApiResponse start(JsonNode body) {
    Platform platform = TestStack.platform();
    return platform
        .api()
        .post(RUNS)
        .bearer(platform.adminKey())
        .idempotencyKey(Unique.key("invoice-run"))
        .json(body)
        .send();
  }

  public static ApiResponse get(String runId) {
    Platform platform = TestStack.platform();
    return platform.api().get(RUNS + "/" + runId).bearer(platform.adminKey()).send();
  }

  /**
   * Starts a run of {@code period} (one tenant's, or every due tenant's when null), awaits its end.
   */
  public static JsonNode completed(String period, String tenantId) {
    String runId = start(body(period, tenantId)).expect(201).path("id").asText();
    return Eventually.await(
        "invoice run " + runId + " to complete",
        Duration.ofSeconds(60),
        () -> get(runId).expect(200),
        run -> !run.path("status").asText().equals("running"));
  }
}
