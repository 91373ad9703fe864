package com.parceliq.simulator.handlers;

import com.parceliq.simulator.http.ApiHandler;
import com.parceliq.simulator.http.ApiRequest;
import com.parceliq.simulator.http.ApiResponse;
import com.parceliq.simulator.state.LabelRecord;
import com.parceliq.simulator.state.SimulatorState;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /_control/stats}: {@code {"labels_created", "labels_voided", "by_tracking_code":
 * {"<code>": {"created", "voided"}}}}, oldest label first. Tests use it as the carrier's own books:
 * more labels than purchases means something bought twice.
 */
public final class StatsHandler implements ApiHandler {

  private final SimulatorState state;

  public StatsHandler(SimulatorState state) {
    this.state = state;
  }

  /** One tracking code's counts. */
  public record CodeStats(int created, int voided) {}

  /** The whole answer. */
  public record Stats(int labelsCreated, int labelsVoided, Map<String, CodeStats> byTrackingCode) {}

  @Override
  public ApiResponse handle(ApiRequest request) {
    List<LabelRecord> labels = state.labels().all();
    Map<String, CodeStats> byCode = new LinkedHashMap<>();
    int voided = 0;
    for (LabelRecord label : labels) {
      int voids = label.voidedAt().isPresent() ? 1 : 0;
      voided += voids;
      byCode.put(label.trackingCode(), new CodeStats(1, voids));
    }
    return ApiResponse.ok(new Stats(labels.size(), voided, byCode));
  }
}
