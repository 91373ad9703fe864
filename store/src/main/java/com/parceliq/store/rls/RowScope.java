package com.parceliq.store.rls;

import java.util.Objects;

/**
 * Whose rows a database connection may see and write, enforced by PostgreSQL row-level security
 * (migration V17): one tenant's, every tenant's ({@link #system}), none, or the schema owner's (for
 * migrations only). Every cross-tenant scope is made through {@link #system} or {@link #owner} with
 * a reason, so {@code grep -rn "RowScope.system\|RowScope.owner"} lists each place that reads
 * across tenants on purpose.
 */
public record RowScope(Kind kind, String tenantId, String reason) {

  /** The settings the V17 policies read. */
  public static final String TENANT_SETTING = "parceliq.tenant_id";

  public static final String SCOPE_SETTING = "parceliq.tenant_scope";

  /** The role every application connection acts as: no superuser, subject to the policies. */
  public static final String APPLICATION_ROLE = "parceliq_app";

  public enum Kind {
    /** Rows of one tenant only. */
    TENANT,
    /** Rows of every tenant: deliberate platform work (workers, cleanup, platform admin). */
    SYSTEM,
    /** No rows at all: a connection nobody scoped fails closed. */
    NONE,
    /** The connecting (schema owner) role itself, for migrations that create and alter tables. */
    OWNER
  }

  public RowScope {
    Objects.requireNonNull(kind, "kind");
    if (kind == Kind.TENANT && (tenantId == null || tenantId.isBlank())) {
      throw new IllegalArgumentException("a tenant scope needs a tenant id");
    }
    if ((kind == Kind.SYSTEM || kind == Kind.OWNER) && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a cross-tenant scope says why it is needed");
    }
  }

  public static RowScope tenant(String tenantId) {
    return new RowScope(Kind.TENANT, tenantId, null);
  }

  public static RowScope system(String reason) {
    return new RowScope(Kind.SYSTEM, null, reason);
  }

  public static RowScope none() {
    return new RowScope(Kind.NONE, null, null);
  }

  public static RowScope owner(String reason) {
    return new RowScope(Kind.OWNER, null, reason);
  }

  /** The value of {@link #TENANT_SETTING}: empty unless one tenant is in scope. */
  String tenantSetting() {
    return kind == Kind.TENANT ? tenantId : "";
  }

  /** The value of {@link #SCOPE_SETTING}: {@code system} lets the policies pass every row. */
  String scopeSetting() {
    return switch (kind) {
      case TENANT -> "tenant";
      case SYSTEM, OWNER -> "system";
      case NONE -> "";
    };
  }
}
