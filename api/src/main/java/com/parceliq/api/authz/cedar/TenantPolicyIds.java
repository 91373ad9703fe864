package com.parceliq.api.authz.cedar;

/** The id prefix of a tenant's own policies, which tells them from the base's in a decision. */
public final class TenantPolicyIds {

  public static final String PREFIX = "tenant.";

  private TenantPolicyIds() {}
}
