package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code /v1/reconciliation} of one tenant: uploads, runs, reports. */
public final class Reconciliations {

  public static final String RUNS = "/v1/reconciliation";
  public static final String SANDBOX_HEADER =
      "invoice_number,invoice_date,tracking_code,service,billed_weight_oz,charge_type,amount,currency";
  private static final Set<String> FINAL = Set.of("completed", "failed");

  private final Tenant tenant;

  public Reconciliations(Tenant tenant) {
    this.tenant = tenant;
  }

  public ApiResponse upload(String csv, String idempotencyKey) {
    return tenant.post(RUNS).idempotencyKey(idempotencyKey).csv(csv).send();
  }

  public ApiResponse uploadFile(Path file, String idempotencyKey) {
    return tenant.post(RUNS).idempotencyKey(idempotencyKey).file(file, "text/csv").send();
  }

  public ApiResponse fromKey(String s3Key, String carrier) {
    JsonNode body = Json.object().put("s3_key", s3Key).put("carrier", carrier);
    return tenant.post(RUNS).idempotencyKey(Unique.key("rec")).json(body).send();
  }

  public ApiResponse get(String runId) {
    return tenant.get(RUNS + "/" + runId).send();
  }

  /** The run, or null while the API cannot answer (workers or API restarting). */
  public JsonNode runOrNull(String runId) {
    ApiResponse response = get(runId);
    return response.status() == 200 ? response.json() : null;
  }

  public static boolean finished(JsonNode run) {
    return run != null && FINAL.contains(run.path("status").asText());
  }

  public ApiResponse report(String runId) {
    return tenant.get(RUNS + "/" + runId + "/report").send();
  }

  /** Report rows by tracking code (header names as keys). */
  public Map<String, Map<String, String>> reportRows(String runId) {
    ApiResponse response = report(runId);
    if (response.status() != 200) {
      throw new AssertionError("the report of " + runId + ": " + response);
    }
    return parseReport(response.text());
  }

  public static Map<String, Map<String, String>> parseReport(String csv) {
    List<String> lines = new ArrayList<>(csv.lines().filter(l -> !l.isBlank()).toList());
    String[] header = lines.removeFirst().split(",", -1);
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (String line : lines) {
      String[] cells = Csv.split(line);
      Map<String, String> row = new LinkedHashMap<>();
      for (int i = 0; i < header.length; i++) {
        row.put(header[i], i < cells.length ? cells[i] : "");
      }
      rows.put(row.get("tracking_code"), row);
    }
    return rows;
  }

  /** A minimal RFC 4180 line splitter (quoted cells may hold commas and doubled quotes). */
  static final class Csv {
    private Csv() {}

    static String[] split(String line) {
      List<String> cells = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < line.length(); i++) {
        char c = line.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') {
            quoted = false;
          } else {
            cell.append(c);
          }
        } else if (c == '"') {
          quoted = true;
        } else if (c == ',') {
          cells.add(cell.toString());
          cell.setLength(0);
        } else {
          cell.append(c);
        }
      }
      cells.add(cell.toString());
      return cells.toArray(String[]::new);
    }
  }
}
