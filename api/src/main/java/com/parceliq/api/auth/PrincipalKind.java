package com.parceliq.api.auth;

/** Who is calling. */
public enum PrincipalKind {
  /** The operator of the platform (the {@code parceliq.admin-key}); owns no tenant data. */
  PLATFORM_ADMIN,
  /** A tenant's API key ({@code piq_...}), a service principal: acts inside exactly one tenant. */
  API_KEY,
  /**
   * A person signed in through the OIDC provider; tenant and roles come from the token's claims.
   */
  USER
}
