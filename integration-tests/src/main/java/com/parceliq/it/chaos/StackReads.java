package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The reads the checks are computed from, all through the tenant's API (retried through 503s like
 * any client's): a shipment by id, and every page of the events and the ledger.
 */
final class StackReads {

  private static final Duration BUDGET = Duration.ofMinutes(1);

  private final Client client;

  StackReads(Client client) {
    this.client = client;
  }

  /** The shipment, or empty when the API answers 404 (or never answers). */
  Optional<JsonNode> shipment(Tenant tenant, String id) {
    return client
        .untilDefinitive(() -> tenant.get("/v1/shipments/" + id), Client::settled, BUDGET)
        .filter(response -> response.status() == 200)
        .map(ApiResponse::json);
  }

  JsonNode wallet(Tenant tenant) {
    return read(tenant, "/v1/wallet");
  }

  JsonNode batch(Tenant tenant, String id) {
    return read(tenant, "/v1/batches/" + id);
  }

  List<JsonNode> events(Tenant tenant) {
    return pages(tenant, "/v1/events?page_size=100", "events");
  }

  List<JsonNode> ledger(Tenant tenant) {
    return pages(tenant, "/v1/ledger?page_size=100", "ledger_entries");
  }

  private List<JsonNode> pages(Tenant tenant, String query, String field) {
    List<JsonNode> all = new ArrayList<>();
    String beforeId = null;
    while (true) {
      JsonNode page = read(tenant, beforeId == null ? query : query + "&before_id=" + beforeId);
      page.path(field).forEach(all::add);
      if (!page.path("has_more").asBoolean(false) || page.path(field).isEmpty()) {
        return all;
      }
      beforeId = all.get(all.size() - 1).path("id").asText();
    }
  }

  private JsonNode read(Tenant tenant, String path) {
    ApiResponse response =
        client
            .untilDefinitive(() -> tenant.get(path), Client::settled, BUDGET)
            .orElseThrow(() -> new IllegalStateException("no answer to GET " + path));
    return response.expect(200);
  }
}
