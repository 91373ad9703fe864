package com.parceliq.api.auth;

import java.util.List;
import java.util.Set;

/** The roles a tenant's principals can hold, whether on an API key or in an OIDC token. */
public final class TenantRoles {

  public static final String ADMIN = "admin";
  public static final String SHIPPER = "shipper";
  public static final String BILLING = "billing";
  public static final String VIEWER = "viewer";

  /** In the order error messages list them. */
  public static final List<String> ALL = List.of(ADMIN, SHIPPER, BILLING, VIEWER);

  private static final Set<String> KNOWN = Set.copyOf(ALL);

  private TenantRoles() {}

  public static boolean isKnown(String role) {
    return role != null && KNOWN.contains(role);
  }
}
