package com.parceliq.api.auth;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;

/** Which principals may call which kind of route. Anything not listed is refused. */
public final class RouteAccess {

  private RouteAccess() {}

  public static void check(Principal principal, boolean platformRoute) {
    boolean allowed =
        platformRoute
            ? principal.kind() == PrincipalKind.PLATFORM_ADMIN
            : principal.kind() != PrincipalKind.PLATFORM_ADMIN && principal.tenantId() != null;
    if (!allowed) {
      throw new ApiException(
          ErrorCode.AUTH_FORBIDDEN,
          platformRoute
              ? "Only the platform admin key may call this route."
              : "This route needs a tenant API key.");
    }
  }
}
