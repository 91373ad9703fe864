package com.parceliq.it.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Unique;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The tenant the fuzzer attacks: it owns a little of everything that can be reached by id
 * (shipments, rates, a deposit and its ledger entries, events, an API key, a webhook endpoint), so
 * the attacker's requests meet real objects of another tenant.
 */
final class VictimTenant {

  /** Collections listed as the victim to learn its ids: path, and the list's field. */
  private static final Map<String, String> LISTS =
      Map.of(
          "shipments", "shipments",
          "webhooks", "webhooks",
          "api_keys", "api_keys",
          "events", "events",
          "ledger", "ledger_entries",
          "batches", "batches");

  private final Tenant tenant;

  VictimTenant(Tenant tenant) {
    this.tenant = tenant;
  }

  /**
   * Creates the victim's objects. Only objects whose workflows come to rest on their own: nothing
   * is bought, so no tracking or carrier traffic changes the victim's rows while the fuzzer runs.
   * The webhook endpoint comes last, so no earlier event is ever delivered to it.
   */
  void seed() throws InterruptedException {
    deposit("250.00");
    tenant.createRatedShipment("fuzz-victim-rated");
    tenant.createShipment("fuzz-victim-created");
    tenant.post("/v1/api_keys").json(Json.object().put("role", "viewer")).send().expect(201);
    tenant
        .post("/v1/webhooks")
        .json(Json.object().put("url", "https://hooks.example.com/" + Unique.key("victim")))
        .send()
        .expect(201);
  }

  /**
   * A deposit retried under one Idempotency-Key while the API answers 503: on a stack that has just
   * started, the workers may not poll yet, and the contract's answer is to come back later.
   */
  private void deposit(String amount) throws InterruptedException {
    String key = Unique.key("fuzz-victim-deposit");
    for (int attempt = 1; ; attempt++) {
      ApiResponse response = tenant.depositRequest(amount, key).send();
      if (response.status() != 503 || attempt == MAX_ATTEMPTS) {
        response.expect(201);
        return;
      }
      Thread.sleep(
          Duration.ofSeconds(response.header("Retry-After").map(Long::parseLong).orElse(5L)));
    }
  }

  private static final int MAX_ATTEMPTS = 12;

  /** The victim's ids by the path collection that takes them, plus its tenant id. */
  Map<String, List<String>> idsByCollection() {
    Map<String, List<String>> ids = new TreeMap<>();
    LISTS.forEach((collection, field) -> ids.put(collection, listIds(collection, field)));
    ids.put("tenants", List.of(tenant.id()));
    // Key ids are the principals that ops quarantine routes take.
    ids.put("principals", ids.get("api_keys"));
    return ids;
  }

  private List<String> listIds(String collection, String field) {
    JsonNode page = tenant.get("/v1/" + collection + "?page_size=100").send().expect(200);
    List<String> ids = new ArrayList<>();
    page.path(field).forEach(item -> ids.add(item.path("id").asText()));
    return ids;
  }
}
