package com.parceliq.api.authz;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

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
  FILE_CLAIM,
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

  private static final Set<Action> PLATFORM = EnumSet.of(MANAGE_TENANTS, OPERATE_PLATFORM);

  /**
   * Actions whose every allowed use is audited (decision allow, with the response's status): those
   * that move money, reach a carrier on the tenant's account, or change who may do what. Reads,
   * lists and ordinary shipment preparation are not.
   */
  private static final Set<Action> AUDITED_WHEN_ALLOWED =
      EnumSet.of(
          PURCHASE_LABEL,
          VOID_LABEL,
          REROUTE_SHIPMENT,
          BATCH_PURCHASE,
          SCHEDULE_PICKUP,
          CREATE_MANIFEST,
          FILE_CLAIM,
          MANAGE_BILLING,
          ADJUST_LEDGER,
          MANAGE_WEBHOOKS,
          MANAGE_API_KEYS,
          MANAGE_CARRIERS,
          MANAGE_POLICIES,
          MANAGE_USERS,
          MANAGE_ROLES,
          MANAGE_TENANTS,
          OPERATE_PLATFORM);

  public String wireName() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** An action of the platform's own routes: only the platform admin performs it, only there. */
  public boolean isPlatform() {
    return PLATFORM.contains(this);
  }

  public boolean auditedWhenAllowed() {
    return AUDITED_WHEN_ALLOWED.contains(this);
  }
}
