package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One tenant's view of the API, authenticated with its API key. The {@code expect…} style helpers
 * fail with the whole exchange when the API answers anything else than the contract's success.
 */
public final class Tenant {

  private final ApiClient api;
  private final String id;
  private final String apiKey;
  private final String apiKeyId;

  Tenant(ApiClient api, String id, String apiKey, String apiKeyId) {
    this.api = api;
    this.id = id;
    this.apiKey = apiKey;
    this.apiKeyId = apiKeyId;
  }

  public String id() {
    return id;
  }

  public String apiKey() {
    return apiKey;
  }

  /** The id of the tenant's admin key ({@code key_...}): the principal id audit records name. */
  public String apiKeyId() {
    return apiKeyId;
  }

  /**
   * The same tenant through another of its credentials (a key of another role, an access token):
   * the returned view sends that bearer token instead.
   */
  public Tenant as(String bearerToken, String principalId) {
    return new Tenant(api, id, bearerToken, principalId);
  }

  public ApiRequest get(String path) {
    return api.get(path).bearer(apiKey);
  }

  public ApiRequest post(String path) {
    return api.post(path).bearer(apiKey);
  }

  public ApiRequest delete(String path) {
    return api.delete(path).bearer(apiKey);
  }

  public ApiRequest put(String path) {
    return api.request("PUT", path).bearer(apiKey);
  }

  /** {@code POST /v1/wallet/deposits} in USD; returns the Deposit. */
  public JsonNode deposit(String amount) {
    return depositRequest(amount, Unique.key("deposit")).send().expect(201);
  }

  public ApiRequest depositRequest(String amount, String idempotencyKey) {
    return post("/v1/wallet/deposits")
        .idempotencyKey(idempotencyKey)
        .json(Json.object().put("amount", amount).put("currency", "USD"));
  }

  public BigDecimal balance() {
    return Json.money(get("/v1/wallet").send().expect(200), "balance");
  }

  /** Creates a domestic shipment whose reference carries the given sandbox triggers. */
  public JsonNode createShipment(String reference) {
    return post("/v1/shipments").json(ShipmentRequests.domestic(reference)).send().expect(201);
  }

  /** {@code POST /v1/shipments/{id}/rates}; returns the {@code rates} array. */
  public JsonNode rate(String shipmentId) {
    return post("/v1/shipments/" + shipmentId + "/rates").send().expect(200).path("rates");
  }

  /** A shipment created and rated; the cheapest of its rates is at hand for a purchase. */
  public RatedShipment createRatedShipment(String reference) {
    String shipmentId = createShipment(reference).path("id").asText();
    JsonNode rates = rate(shipmentId);
    return new RatedShipment(shipmentId, rates, Rates.cheapest(rates));
  }

  public ApiResponse buy(String shipmentId, String rateId, String idempotencyKey) {
    return buyRequest(shipmentId, rateId, idempotencyKey).send();
  }

  public ApiRequest buyRequest(String shipmentId, String rateId, String idempotencyKey) {
    return post("/v1/shipments/" + shipmentId + "/buy")
        .idempotencyKey(idempotencyKey)
        .json(Json.object().put("rate_id", rateId));
  }

  /** {@code POST /v1/shipments/{id}/void} with {@code idempotencyKey}. */
  public ApiResponse voidLabel(String shipmentId, String idempotencyKey) {
    return voidRequest(shipmentId, idempotencyKey).send();
  }

  public ApiRequest voidRequest(String shipmentId, String idempotencyKey) {
    return post("/v1/shipments/" + shipmentId + "/void").idempotencyKey(idempotencyKey);
  }

  public JsonNode shipment(String shipmentId) {
    return get("/v1/shipments/" + shipmentId).send().expect(200);
  }

  /** Every ledger entry of one shipment, following {@code has_more} pages. */
  public List<JsonNode> ledgerEntries(String shipmentId) {
    List<JsonNode> entries = new ArrayList<>();
    String query = "/v1/ledger?page_size=100&shipment_id=" + shipmentId;
    String beforeId = null;
    while (true) {
      String path = beforeId == null ? query : query + "&before_id=" + beforeId;
      JsonNode page = get(path).send().expect(200);
      page.path("ledger_entries").forEach(entries::add);
      if (!page.path("has_more").asBoolean(false) || entries.isEmpty()) {
        return entries;
      }
      beforeId = entries.get(entries.size() - 1).path("id").asText();
    }
  }

  /** A shipment ready to be bought. */
  public record RatedShipment(String shipmentId, JsonNode rates, JsonNode cheapestRate) {

    public String cheapestRateId() {
      return cheapestRate.path("id").asText();
    }

    public BigDecimal cheapestPrice() {
      return Json.money(cheapestRate, "rate");
    }
  }
}
