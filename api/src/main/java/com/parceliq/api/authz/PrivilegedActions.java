package com.parceliq.api.authz;

import java.util.EnumSet;
import java.util.Set;

/**
 * Actions whose every allowed use is audited (decision allow, with the response's status): those
 * that move money, reach a carrier on the tenant's account, or change who may do what. Reads, lists
 * and ordinary shipment preparation are not.
 */
public final class PrivilegedActions {

  private static final Set<Action> AUDITED =
      EnumSet.of(
          Action.PURCHASE_LABEL,
          Action.VOID_LABEL,
          Action.REROUTE_SHIPMENT,
          Action.BATCH_PURCHASE,
          Action.SCHEDULE_PICKUP,
          Action.CREATE_MANIFEST,
          Action.MANAGE_BILLING,
          Action.ADJUST_LEDGER,
          Action.MANAGE_WEBHOOKS,
          Action.MANAGE_API_KEYS,
          Action.MANAGE_CARRIERS,
          Action.MANAGE_POLICIES,
          Action.MANAGE_USERS,
          Action.MANAGE_ROLES,
          Action.MANAGE_TENANTS,
          Action.OPERATE_PLATFORM);

  private PrivilegedActions() {}

  public static boolean isAudited(Action action) {
    return AUDITED.contains(action);
  }
}
