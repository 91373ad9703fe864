package com.parceliq.api.authz;

import java.util.EnumSet;
import java.util.Set;

/** Actions of the platform's own routes: only the platform admin performs them, only there. */
public final class PlatformActions {

  private static final Set<Action> PLATFORM =
      EnumSet.of(Action.MANAGE_TENANTS, Action.OPERATE_PLATFORM);

  private PlatformActions() {}

  public static boolean isPlatform(Action action) {
    return PLATFORM.contains(action);
  }
}
