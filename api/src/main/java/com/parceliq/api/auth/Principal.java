package com.parceliq.api.auth;

/** An authenticated caller. {@code tenantId} and {@code keyId} are null for the platform admin. */
public record Principal(PrincipalKind kind, String tenantId, String keyId, String role) {

  public static final String PLATFORM_SCOPE = "platform";

  public static Principal platformAdmin() {
    return new Principal(PrincipalKind.PLATFORM_ADMIN, null, null, "platform_admin");
  }

  public static Principal tenantKey(String tenantId, String keyId, String role) {
    return new Principal(PrincipalKind.TENANT_API_KEY, tenantId, keyId, role);
  }

  /** The namespace of the caller's idempotency keys: its tenant, or "platform". */
  public String idempotencyScope() {
    return tenantId != null ? tenantId : PLATFORM_SCOPE;
  }
}
