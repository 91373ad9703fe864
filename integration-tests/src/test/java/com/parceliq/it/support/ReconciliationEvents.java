package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** The tenant's {@code reconciliation.completed} events. */
public final class ReconciliationEvents {

  private ReconciliationEvents() {}

  /** Waits for the event of run {@code runId}. */
  public static JsonNode completed(Tenant tenant, String runId) {
    return Eventually.await(
            "reconciliation.completed of " + runId,
            Duration.ofSeconds(30),
            () ->
                all(tenant).stream()
                    .filter(e -> e.path("type").asText().equals("reconciliation.completed"))
                    .filter(e -> e.path("data").path("id").asText().equals(runId))
                    .toList(),
            events -> !events.isEmpty())
        .getFirst();
  }

  private static List<JsonNode> all(Tenant tenant) {
    List<JsonNode> events = new ArrayList<>();
    String query = "page_size=100";
    while (true) {
      String before = events.isEmpty() ? "" : "&before_id=" + events.getLast().path("id").asText();
      JsonNode page = Events.page(tenant, query + before).expect(200);
      page.path("events").forEach(events::add);
      if (!page.path("has_more").asBoolean(false) || page.path("events").isEmpty()) {
        return events;
      }
    }
  }
}
