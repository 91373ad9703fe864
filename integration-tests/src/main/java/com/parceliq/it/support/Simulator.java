package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;

/** The sandbox carrier simulator's control endpoints: what the "carrier" actually saw. */
public final class Simulator {

  private final ApiClient control;

  public Simulator(ApiClient control) {
    this.control = control;
  }

  /** {@code GET /_control/stats}. */
  public Stats stats() {
    return new Stats(control.get("/_control/stats").send().expect(200));
  }

  /**
   * {@code POST /_control/outage}: every carrier call answers 503 for {@code seconds} from now; the
   * control endpoints stay up.
   */
  public void outage(int seconds) {
    control.post("/_control/outage").json(Json.object().put("seconds", seconds)).send().expect(200);
  }

  /**
   * {@code GET /_control/invoice?date=}: the sandbox carrier's invoice CSV for the labels it
   * created that day (of every tenant of the stack).
   */
  public String invoice(java.time.LocalDate date) {
    ApiResponse response = control.get("/_control/invoice?date=" + date).send();
    if (response.status() != 200) {
      throw new AssertionError("the simulator's invoice: " + response);
    }
    return response.text();
  }

  /** A snapshot of the simulator's label counters. */
  public record Stats(JsonNode json) {

    public long labelsCreated() {
      return json.path("labels_created").asLong();
    }

    public long labelsVoided() {
      return json.path("labels_voided").asLong();
    }

    /** How many labels the carrier created under this tracking code (above 1: bought twice). */
    public long createdFor(String trackingCode) {
      return json.path("by_tracking_code").path(trackingCode).path("created").asLong(0);
    }
  }
}
