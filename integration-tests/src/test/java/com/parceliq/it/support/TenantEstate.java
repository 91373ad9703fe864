package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One of everything a tenant can own through the API: a shipment bought (with its tracker), a
 * voided one, a rated one, a batch, a pickup, a scan form, a webhook endpoint, events, a carrier
 * account, a pricing rule, wallet entries and last month's statement. {@link #ids()} names each
 * object by kind.
 */
public final class TenantEstate {

  private final Tenant owner;
  private final Map<String, String> ids = new LinkedHashMap<>();

  private TenantEstate(Tenant owner) {
    this.owner = owner;
  }

  public static TenantEstate of(Tenant owner) {
    TenantEstate estate = new TenantEstate(owner);
    estate.build();
    return estate;
  }

  private void build() {
    owner.deposit("200.00");
    ids.put("api_key", owner.apiKeyId());
    String purchased = ScanFormRequests.purchased(owner, Unique.key("iso-bought"));
    ids.put("shipment", purchased);
    ids.put("tracker", owner.shipment(purchased).path("tracker_id").asText());
    String voided = ScanFormRequests.purchased(owner, Unique.key("iso-voided"));
    owner.voidLabel(voided, Unique.key("void")).expect(200);
    ids.put("voided_shipment", voided);
    Tenant.RatedShipment rated = owner.createRatedShipment(Unique.key("iso-rated"));
    ids.put("rated_shipment", rated.shipmentId());
    ids.put("rate", rated.cheapestRateId());
    String created = owner.createShipment(Unique.key("iso-batch")).path("id").asText();
    ids.put("batch", BatchRequests.create(owner, List.of(created)).expect(201).path("id").asText());
    ids.put(
        "pickup",
        Pickups.create(owner, Pickups.request(List.of(purchased))).expect(201).path("id").asText());
    ids.put(
        "scan_form",
        ScanFormRequests.create(owner, List.of(purchased), Unique.key("sf"))
            .expect(201)
            .path("id")
            .asText());
    ids.put(
        "webhook",
        Webhooks.create(owner, "https://hooks.example.com/parceliq", "whsec-isolation-0123456789")
            .expect(201)
            .path("id")
            .asText());
    ids.put("event", Events.page(owner, "").expect(200).path("events").get(0).path("id").asText());
    ids.put(
        "carrier_account",
        owner
            .post("/v1/carrier_accounts")
            .json(upsAccount())
            .send()
            .expect(201)
            .path("id")
            .asText());
    ids.put(
        "pricing_rule",
        PricingRules.created(owner, PricingRules.body("sandbox", "ground", "percent", "5.00"))
            .path("id")
            .asText());
    ids.put(
        "ledger_entry",
        owner
            .get("/v1/ledger")
            .send()
            .expect(200)
            .path("ledger_entries")
            .get(0)
            .path("id")
            .asText());
    // Last month's statement, issued for the owner by name (a new tenant is not due otherwise).
    InvoiceRuns.completed(InvoiceRuns.lastMonth(), owner.id());
    ids.put(
        "invoice",
        owner.get("/v1/invoices").send().expect(200).path("invoices").get(0).path("id").asText());
    // Last, so the newest event above stays the same kind; the claim stays filed (no trigger).
    String claim =
        Claims.file(owner, Claims.body(purchased, "lost", "10.00", "isolation estate"))
            .expect(201)
            .path("id")
            .asText();
    Claims.awaitStatus(owner, claim, "filed");
    ids.put("claim", claim);
    // An invoice naming only a tracking code that is no label: the run posts nothing.
    ids.put(
        "reconciliation",
        new Reconciliations(owner)
            .upload(
                Reconciliations.SANDBOX_HEADER
                    + "\nSBX-INV-ISO,2026-01-01,ISO-NO-SUCH-LABEL,ground,16,base,1.00,USD\n",
                Unique.key("iso-rec"))
            .expect(201)
            .path("id")
            .asText());
    ids.values().forEach(id -> assertThat(id).as("an id of the estate").isNotBlank());
  }

  public Tenant owner() {
    return owner;
  }

  public Map<String, String> ids() {
    return Map.copyOf(ids);
  }

  public String id(String kind) {
    String id = ids.get(kind);
    if (id == null) {
      throw new IllegalArgumentException("the estate has no " + kind);
    }
    return id;
  }

  /**
   * Every id of the estate plus the ids listed in its events and ledger: all that is the owner's.
   */
  public Set<String> allIds() {
    Set<String> all = new HashSet<>(ids.values());
    Events.page(owner, "?page_size=100")
        .expect(200)
        .path("events")
        .forEach(event -> all.add(event.path("id").asText()));
    owner
        .get("/v1/ledger?page_size=100")
        .send()
        .expect(200)
        .path("ledger_entries")
        .forEach(entry -> all.add(entry.path("id").asText()));
    return all;
  }

  /** What must not change while another tenant walks the API. */
  public Snapshot snapshot() {
    Map<String, String> states = new LinkedHashMap<>();
    for (String kind : List.of("shipment", "voided_shipment", "rated_shipment")) {
      states.put(kind, owner.shipment(id(kind)).path("status").asText());
    }
    states.put("batch", BatchRequests.get(owner, id("batch")).path("state").asText());
    states.put("pickup", Pickups.get(owner, id("pickup")).expect(200).path("status").asText());
    states.put("claim", Claims.get(owner, id("claim")).expect(200).path("status").asText());
    states.put(
        "scan_form",
        ScanFormRequests.get(owner, id("scan_form")).expect(200).path("status").asText());
    states.put("webhook", owner.get("/v1/webhooks/" + id("webhook")).send().status() + "");
    states.put(
        "carrier_account",
        owner.get("/v1/carrier_accounts/" + id("carrier_account")).send().status() + "");
    // There is no GET of one rule: the owner's list shows whether it is still in force.
    states.put(
        "pricing_rule",
        PricingRules.list(owner, "?page_size=100")
                .expect(200)
                .toString()
                .contains(id("pricing_rule"))
            ? "listed"
            : "gone");
    return new Snapshot(states, owner.balance());
  }

  public record Snapshot(Map<String, String> states, BigDecimal balance) {}

  static ObjectNode upsAccount() {
    ObjectNode body = Json.object().put("carrier", "ups").put("description", "Isolation check");
    body.putObject("credentials")
        .put("client_id", "iso-ups-client")
        .put("client_secret", "iso-ups-secret-0123456789")
        .put("account_number", "ISO123");
    return body.put("test_mode", true);
  }
}
