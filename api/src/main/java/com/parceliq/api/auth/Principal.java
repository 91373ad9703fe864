package com.parceliq.api.auth;

import java.util.Set;

/**
 * An authenticated caller. {@code id} names it in audit records: {@code key_...} for an API key,
 * {@code user:<subject>} for an OIDC user, {@code platform_admin}. {@code tenantId} is null for the
 * platform admin. {@code roles} are tenant roles (admin, shipper, billing, viewer).
 */
public record Principal(PrincipalKind kind, String id, String tenantId, Set<String> roles) {

  public static final String PLATFORM_SCOPE = "platform";
  public static final String PLATFORM_ADMIN_ID = "platform_admin";

  public Principal {
    roles = Set.copyOf(roles);
  }

  public static Principal platformAdmin() {
    return new Principal(PrincipalKind.PLATFORM_ADMIN, PLATFORM_ADMIN_ID, null, Set.of());
  }

  public static Principal apiKey(String tenantId, String keyId, String role) {
    return new Principal(PrincipalKind.API_KEY, keyId, tenantId, Set.of(role));
  }

  public static Principal user(String tenantId, String subject, Set<String> roles) {
    return new Principal(PrincipalKind.USER, "user:" + subject, tenantId, roles);
  }

  public boolean hasRole(String role) {
    return roles.contains(role);
  }

  /** The namespace of the caller's idempotency keys: its tenant, or "platform". */
  public String idempotencyScope() {
    return tenantId != null ? tenantId : PLATFORM_SCOPE;
  }
}
