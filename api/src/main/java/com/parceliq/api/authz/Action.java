package com.parceliq.api.authz;

import java.util.Locale;

/**
 * What a route does, as the policy decision point sees it. Every route maps to exactly one (see
 * {@link RouteAction}); the wire name is the Cedar action id and the audit record's action.
 */
public enum Action {
  READ,
  LIST,
  EXPORT,
  CREATE_SHIPMENT,
  RATE_SHIPMENT,
  PURCHASE_LABEL,
  VOID_LABEL,
  REROUTE_SHIPMENT,
  CREATE_RETURN,
  SCHEDULE_PICKUP,
  CREATE_MANIFEST,
  BATCH_PURCHASE,
  MANAGE_BILLING,
  ADJUST_LEDGER,
  RUN_RECONCILIATION,
  MANAGE_WEBHOOKS,
  MANAGE_API_KEYS,
  MANAGE_CARRIERS,
  MANAGE_USERS,
  MANAGE_ROLES,
  MANAGE_POLICIES,
  /** Platform: create tenants. Only the platform admin. */
  MANAGE_TENANTS,
  /** Platform: operator routes (/v1/ops/...). Only the platform admin. */
  OPERATE_PLATFORM;

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }
}
