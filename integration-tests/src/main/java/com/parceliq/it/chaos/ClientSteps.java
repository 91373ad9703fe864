package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.chaos.TrackedShipment.Outcome;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Rates;
import com.parceliq.it.support.ShipmentRequests;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Unique;
import java.time.Duration;
import java.util.Optional;

/**
 * The client's shipment operations, each retried with its own Idempotency-Key until the API gives a
 * definitive answer, and each remembered on the {@link TrackedShipment}.
 */
final class ClientSteps {

  private final Client client;
  private final Counts operations;
  private final Counts unexpected;
  private final Duration budget;

  ClientSteps(Client client, Counts operations, Counts unexpected, Duration budget) {
    this.client = client;
    this.operations = operations;
    this.unexpected = unexpected;
    this.budget = budget;
  }

  Optional<TrackedShipment> create(ChaosTenant tenant, String reference) {
    operations.add("create");
    String key = key("create");
    Tenant api = tenant.api();
    Optional<ApiResponse> answer =
        client.untilDefinitive(
            () ->
                api.post("/v1/shipments")
                    .idempotencyKey(key)
                    .json(ShipmentRequests.domestic(reference)),
            Client::settled,
            budget);
    return answer
        .filter(response -> expected(response, "create", 201))
        .map(response -> tenant.track(response.json().path("id").asText(), reference));
  }

  boolean rate(ChaosTenant tenant, TrackedShipment shipment) {
    operations.add("rate");
    String key = key("rate");
    Optional<ApiResponse> answer =
        client.untilDefinitive(
            () ->
                tenant.api().post("/v1/shipments/" + shipment.id() + "/rates").idempotencyKey(key),
            Client::settled,
            budget);
    if (answer.isEmpty() || !expected(answer.get(), "rate", 200)) {
      return false;
    }
    shipment.rated(Rates.cheapest(answer.get().json().path("rates")).path("id").asText());
    return true;
  }

  /** Buys the cheapest rate; a client that got no answer keeps the key for the settle phase. */
  void buy(ChaosTenant tenant, TrackedShipment shipment) {
    operations.add("buy");
    shipment.buyAttempt(key("buy"));
    resolveBuy(tenant, shipment, budget);
  }

  void resolveBuy(ChaosTenant tenant, TrackedShipment shipment, Duration within) {
    client
        .untilDefinitive(
            () ->
                tenant
                    .api()
                    .buyRequest(shipment.id(), shipment.rateId(), shipment.buyKey())
                    .timeout(Duration.ofSeconds(30)),
            Client::settled,
            within)
        .ifPresent(
            response -> {
              if (response.status() == 200) {
                shipment.bought(response.json().path("tracking_code").asText());
              } else {
                // A carrier rejection (sbx:reject) is 422: the expected refusal.
                expected(response, "buy", 422);
                shipment.buyRefused();
              }
            });
  }

  void voidLabel(ChaosTenant tenant, TrackedShipment shipment) {
    operations.add("void");
    shipment.voidAttempt(key("void"));
    resolveVoid(tenant, shipment, budget);
  }

  void resolveVoid(ChaosTenant tenant, TrackedShipment shipment, Duration within) {
    client
        .untilDefinitive(
            () -> tenant.api().voidRequest(shipment.id(), shipment.voidKey()),
            Client::settled,
            within)
        .ifPresent(
            response ->
                shipment.voidAnswered(
                    expected(response, "void", 200) ? Outcome.CONFIRMED : Outcome.REFUSED));
  }

  void reroute(ChaosTenant tenant, TrackedShipment shipment) {
    operations.add("reroute");
    String key = key("reroute");
    Optional<ApiResponse> answer =
        client.untilDefinitive(
            () ->
                tenant
                    .api()
                    .post("/v1/shipments/" + shipment.id() + "/reroute")
                    .json(rerouteToOakland())
                    .idempotencyKey(key),
            Client::settled,
            budget);
    // Unresolved reroutes are left as they are: a reroute changes no state the checks depend on
    // beyond its fee, which the ledger check reconciles from the ledger itself.
    answer.ifPresent(
        response ->
            shipment.rerouteAnswered(
                expected(response, "reroute", 200) ? Outcome.CONFIRMED : Outcome.REFUSED));
  }

  /** A read, as a client polling its shipment and its events would do. */
  void read(ChaosTenant tenant, TrackedShipment shipment) {
    operations.add("read");
    client.once(tenant.api().get("/v1/shipments/" + shipment.id()));
    client.once(tenant.api().get("/v1/events?page_size=20"));
  }

  boolean expected(ApiResponse response, String what, int status) {
    if (response.status() != status) {
      unexpected.add(what + " -> " + response.status() + " " + errorCode(response));
      return false;
    }
    return true;
  }

  static String errorCode(ApiResponse response) {
    try {
      return response.json().path("error").path("code").asText("");
    } catch (AssertionError notJson) {
      return "";
    }
  }

  /** A reroute body: a valid address other than the shipment's own. */
  private static ObjectNode rerouteToOakland() {
    ObjectNode body = Json.object();
    body.set(
        "to_address",
        ShipmentRequests.address("Dr. Steve Brule", "1 Broadway", "Oakland", "CA", "94607"));
    return body;
  }

  static String key(String purpose) {
    return Unique.key("chaos-" + purpose);
  }
}
