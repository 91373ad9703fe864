package com.parceliq.api.authz.cedar;

import java.util.Optional;

/**
 * A tenant's own Cedar text, if it has any. May throw when the store is unreachable; the PDP then
 * answers unavailable rather than decide without the tenant's restrictions.
 */
public interface TenantPolicySource {

  Optional<String> policiesOf(String tenantId);
}
