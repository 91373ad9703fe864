package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.OpenApiRoutes.Route;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the isolation walk calls each route as another tenant: which of the owner's ids goes into a
 * path parameter, and a body that passes validation, so that only the ownership check can refuse
 * it. A route whose parameters it does not know fails the walk: a new route must be taught here.
 */
public final class RouteProbes {

  /** Platform routes: a tenant key is refused with 403 whatever it names. */
  public static final List<String> PLATFORM_ROUTES =
      List.of(
          "POST /v1/tenants",
          "POST /v1/ledger/adjustments",
          "POST /v1/ops/principals/{principal_id}/quarantine",
          "DELETE /v1/ops/principals/{principal_id}/quarantine",
          "POST /v1/ops/archival/runs",
          "GET /v1/ops/archival/runs/{id}",
          "POST /v1/ops/invoice_runs",
          "GET /v1/ops/invoice_runs/{id}",
          "POST /v1/ops/claims/{id}/decision",
          "GET /v1/ops/stuck",
          "POST /v1/ops/shipments/{id}/decision");

  /** An archival run id: runs are platform-wide, so no tenant owns one; B is refused anyway. */
  private static final String ARCHIVAL_RUN_ID = "arc_" + "0".repeat(26);

  /** An invoicing run id: platform-wide like archival runs. */
  private static final String INVOICE_RUN_ID = "ivr_" + "0".repeat(26);

  /**
   * Routes that take no tenant credentials at all (the carrier's signature authenticates them), so
   * there is nothing of another tenant to probe; their own ITs prove the signature check.
   */
  public static final List<String> CARRIER_SIGNED_ROUTES =
      List.of("POST /v1/carrier_webhooks/{carrier}");

  /** Which of the estate's ids an {id} under each collection is. */
  private static final Map<String, String> ID_KIND_BY_COLLECTION =
      Map.ofEntries(
          Map.entry("shipments", "shipment"),
          Map.entry("trackers", "tracker"),
          Map.entry("batches", "batch"),
          Map.entry("pickups", "pickup"),
          Map.entry("claims", "claim"),
          Map.entry("scan_forms", "scan_form"),
          Map.entry("webhooks", "webhook"),
          Map.entry("events", "event"),
          Map.entry("carrier_accounts", "carrier_account"),
          Map.entry("pricing_rules", "pricing_rule"),
          Map.entry("api_keys", "api_key"),
          Map.entry("invoices", "invoice"),
          Map.entry("reconciliation", "reconciliation"));

  private RouteProbes() {}

  /** The route's path with the owner's ids in place; empty for a route with no parameter. */
  public static String path(Route route, TenantEstate estate) {
    String path = route.template();
    for (String param : route.params()) {
      if (param.equals("principal_id")) {
        // Quarantine routes: the principal B would stop is A's admin key.
        path = path.replace("{principal_id}", estate.id("api_key"));
        continue;
      }
      if (route.template().startsWith("/v1/ops/claims/") && param.equals("id")) {
        path = path.replace("{id}", estate.id("claim"));
        continue;
      }
      if (route.template().startsWith("/v1/ops/shipments/") && param.equals("id")) {
        path = path.replace("{id}", estate.id("shipment"));
        continue;
      }
      if (route.template().startsWith("/v1/ops/archival/runs/") && param.equals("id")) {
        path = path.replace("{id}", ARCHIVAL_RUN_ID);
        continue;
      }
      if (route.template().startsWith("/v1/ops/invoice_runs/") && param.equals("id")) {
        path = path.replace("{id}", INVOICE_RUN_ID);
        continue;
      }
      String kind = ID_KIND_BY_COLLECTION.get(route.collection());
      if (!param.equals("id") || kind == null) {
        throw new AssertionError(
            "the isolation walk does not know path parameter {"
                + param
                + "} of "
                + route
                + ": teach RouteProbes which of the owner's ids it takes");
      }
      if (route.template().endsWith("/buy") && kind.equals("shipment")) {
        kind = "rated_shipment";
      }
      path = path.replace("{" + param + "}", estate.id(kind));
    }
    return path;
  }

  /** A valid body for the route, naming the owner's objects where the route takes ids. */
  public static Optional<JsonNode> body(Route route, TenantEstate estate) {
    if (route.method().equals("PUT") && route.template().equals("/v1/policies")) {
      return Optional.of(Json.object().put("policies", ""));
    }
    if (!route.method().equals("POST")) {
      return Optional.empty();
    }
    String owners = estate.id("shipment");
    return Optional.ofNullable(
        switch (route.template()) {
          case "/v1/shipments/{id}/buy" -> Json.object().put("rate_id", estate.id("rate"));
          case "/v1/shipments/{id}/reroute" -> {
            ObjectNode body = Json.object();
            body.set(
                "to_address",
                ShipmentRequests.address("Jo Doe", "9 Elm St", "Portland", "OR", "97201"));
            yield body;
          }
          case "/v1/batches",
              "/v1/batches/{id}/add_shipments",
              "/v1/batches/{id}/remove_shipments",
              "/v1/scan_forms" ->
              BatchRequests.body(List.of(owners));
          case "/v1/pickups" -> Pickups.request(List.of(owners));
          case "/v1/claims" -> Claims.body(owners, "lost", "10.00", "isolation walk");
          case "/v1/ops/claims/{id}/decision" ->
              Json.object().put("decision", "deny").put("reason", "isolation walk");
          case "/v1/ops/shipments/{id}/decision" -> Json.object().put("action", "cancel");
          case "/v1/pickups/{id}/buy" ->
              Json.object().put("carrier", "sandbox").put("service", "same_day");
          case "/v1/webhooks/{id}/replay" -> {
            ObjectNode body = Json.object();
            body.putArray("event_ids").add(estate.id("event"));
            yield body;
          }
          case "/v1/shipments" -> ShipmentRequests.domestic(Unique.key("iso-stranger"));
          case "/v1/wallet/deposits" -> Json.object().put("amount", "1.00").put("currency", "USD");
          case "/v1/addresses/validate" ->
              AddressRequests.body(
                  ShipmentRequests.address("Jo Doe", "9 Elm St", "Portland", "OR", "97201"));
          case "/v1/webhooks" ->
              Json.object()
                  .put("url", "https://hooks.example.com/stranger")
                  .put("secret", "whsec-stranger-0123456789");
          case "/v1/carrier_accounts" -> TenantEstate.upsAccount();
          case "/v1/pricing_rules" -> PricingRules.body("sandbox", "express", "percent", "1.00");
          case "/v1/tenants" -> Json.object().put("name", Unique.key("iso-tenant"));
          case "/v1/api_keys" -> Json.object().put("role", "viewer");
          case "/v1/ops/archival/runs" ->
              ArchivalRuns.body(Instant.now().minusSeconds(60), estate.owner().id());
          case "/v1/ops/invoice_runs" ->
              InvoiceRuns.body(InvoiceRuns.lastMonth(), estate.owner().id());
          // The owner's inbox: B may only name objects of its own (a 422, as for no object).
          case "/v1/reconciliation" ->
              Json.object()
                  .put("s3_key", "inbox/sandbox/" + estate.owner().id() + "/isolation.csv")
                  .put("carrier", "sandbox");
          case "/v1/ledger/adjustments" ->
              LedgerAdjustments.body(estate.owner().id(), "-1.00", "isolation walk");
          default -> null;
        });
  }

  /** Collection routes whose body names the owner's objects: they must refuse them. */
  public static boolean namesOwnersObjectsInBody(Route route) {
    return route.method().equals("POST")
        && List.of(
                "/v1/batches", "/v1/scan_forms", "/v1/pickups", "/v1/claims", "/v1/reconciliation")
            .contains(route.template());
  }
}
