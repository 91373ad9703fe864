package com.parceliq.api.tenants;

import com.parceliq.api.auth.ApiKeys;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.ApiKeyEntity;
import com.parceliq.store.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creates a tenant and its first (admin) API key in one transaction. */
@ApplicationScoped
public class TenantOnboarding {

  static final String FIRST_KEY_ROLE = "admin";

  @Transactional
  public TenantCreated onboard(String name) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    TenantEntity tenant = new TenantEntity();
    tenant.id = Ids.newId(IdPrefix.TENANT);
    tenant.name = name.strip();
    tenant.createdAt = now;
    tenant.persist();

    String secret = ApiKeys.generate();
    ApiKeyEntity key = new ApiKeyEntity();
    key.id = Ids.newId(IdPrefix.API_KEY);
    key.tenantId = tenant.id;
    key.prefix = ApiKeys.displayPrefix(secret);
    key.keyHash = ApiKeys.hash(secret);
    key.role = FIRST_KEY_ROLE;
    key.createdAt = now;
    key.persist();

    return new TenantCreated(tenant.id, TenantCreated.OBJECT, tenant.name, secret, key.id, now);
  }
}
