package com.parceliq.api.tenants;

import com.parceliq.api.auth.ApiKeys;
import com.parceliq.api.auth.IssuedKey;
import com.parceliq.api.auth.TenantRoles;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.TenantEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Creates a tenant and its first (admin) API key in one transaction. */
@ApplicationScoped
public class TenantOnboarding {

  static final String FIRST_KEY_ROLE = TenantRoles.ADMIN;

  @Transactional
  public TenantCreated onboard(CreateTenantRequest request) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    TenantEntity tenant = new TenantEntity();
    tenant.id = Ids.newId(IdPrefix.TENANT);
    tenant.name = request.name().strip();
    tenant.archiveRetentionDays = request.archiveRetentionDays();
    tenant.createdAt = now;
    tenant.persist();

    IssuedKey key = ApiKeys.issue(tenant.id, FIRST_KEY_ROLE, null, null, now);
    key.row().persist();

    return new TenantCreated(
        tenant.id,
        TenantCreated.OBJECT,
        tenant.name,
        tenant.archiveRetentionDays,
        key.secret(),
        key.row().id,
        now);
  }
}
