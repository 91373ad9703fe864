package com.parceliq.api.auth;

import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;

/**
 * Routes that change how a tenant is billed or who may act for it need the tenant's admin key (the
 * role of the key a tenant is created with), not any key of the tenant.
 */
public final class TenantAdminRole {

  public static final String ROLE = "admin";

  private TenantAdminRole() {}

  /** The caller's tenant, when the caller is that tenant's admin key; else 403. */
  public static String require(Principal principal) {
    if (principal.kind() == PrincipalKind.PLATFORM_ADMIN
        || principal.tenantId() == null
        || !principal.hasRole(ROLE)) {
      throw new ApiException(ErrorCode.AUTH_FORBIDDEN, "This route needs a tenant admin API key.");
    }
    return principal.tenantId();
  }
}
