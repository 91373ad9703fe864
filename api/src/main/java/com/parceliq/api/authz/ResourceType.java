package com.parceliq.api.authz;

import java.util.Locale;

/** The kinds of resource a route acts on; the wire name is the Cedar entity type's id. */
public enum ResourceType {
  TENANT,
  API_KEY,
  WALLET,
  ADDRESS,
  SHIPMENT,
  TRACKER,
  BATCH,
  SCAN_FORM,
  PICKUP,
  WEBHOOK,
  EVENT,
  LEDGER,
  INVOICE,
  RECONCILIATION,
  CLAIM,
  CARRIER_ACCOUNT,
  PRICING_RULE,
  POLICY,
  AUDIT_RECORD,
  PLATFORM;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
