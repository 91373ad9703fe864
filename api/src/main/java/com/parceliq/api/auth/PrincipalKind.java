package com.parceliq.api.auth;

/** Who is calling. Issue 7 adds OIDC user principals next to these. */
public enum PrincipalKind {
  /** The operator of the platform (the {@code parceliq.admin-key}); owns no tenant data. */
  PLATFORM_ADMIN,
  /** A tenant's API key ({@code piq_...}): acts inside exactly one tenant. */
  TENANT_API_KEY
}
