package com.parceliq.domain;

/** Type prefixes of public ids (CONTRACT section 2). */
public enum IdPrefix {
  SHIPMENT("shp"),
  RATE("rate"),
  BATCH("batch"),
  TRACKER("trk"),
  EVENT("evt"),
  WEBHOOK("whk"),
  WEBHOOK_DELIVERY("whd"),
  WEBHOOK_REPLAY("whr"),
  LEDGER_ENTRY("led"),
  RECONCILIATION("rec"),
  CLAIM("clm"),
  PICKUP("pck"),
  SCAN_FORM("sf"),
  TENANT("ten"),
  API_KEY("key"),
  DEPOSIT("dep"),
  AUDIT_RECORD("aud"),
  CARRIER_ACCOUNT("ca"),
  PRICING_RULE("pr"),
  ARCHIVAL_RUN("arc"),
  INVOICE("inv"),
  INVOICE_RUN("ivr");

  private final String prefix;

  IdPrefix(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  public boolean matches(String id) {
    return id != null && id.startsWith(prefix + "_") && id.length() > prefix.length() + 1;
  }
}
