package com.parceliq.api.authz.policies;

import com.parceliq.api.authz.cedar.TenantPolicySource;
import com.parceliq.store.TenantPolicyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Tenants' policy texts from the database, each kept for {@code parceliq.authz.tenant-policies.
 * refresh} (2 s by default): a PUT on one API replica reaches every other replica within that time,
 * without a database read per request. The replica that took the PUT forgets at once.
 */
@ApplicationScoped
public class StoredTenantPolicies implements TenantPolicySource {

  private final Duration refresh;
  private final ConcurrentMap<String, Fetched> fetched = new ConcurrentHashMap<>();

  private record Fetched(Optional<String> text, Instant at) {}

  public StoredTenantPolicies(
      @ConfigProperty(name = "parceliq.authz.tenant-policies.refresh", defaultValue = "2s")
          Duration refresh) {
    this.refresh = refresh;
  }

  @Override
  public Optional<String> policiesOf(String tenantId) {
    Instant now = Instant.now();
    Fetched cached = fetched.get(tenantId);
    if (cached != null && cached.at().plus(refresh).isAfter(now)) {
      return cached.text();
    }
    Optional<String> text = TenantPolicyEntity.forTenant(tenantId).map(row -> row.policies);
    fetched.put(tenantId, new Fetched(text, now));
    return text;
  }

  public void forget(String tenantId) {
    fetched.remove(tenantId);
  }
}
