package com.parceliq.api.authz.quarantine;

import com.parceliq.api.auth.Principal;
import com.parceliq.api.error.ApiException;
import com.parceliq.store.PrincipalQuarantineEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * The quarantine list. Read on every authorized request (a primary-key lookup, not cached), so a
 * quarantine or a release takes effect at once on every API instance.
 */
@ApplicationScoped
public class PrincipalQuarantines {

  public boolean isQuarantined(String principalId) {
    return PrincipalQuarantineEntity.findByIdOptional(principalId).isPresent();
  }

  @Transactional
  public QuarantineDto quarantine(String principalId, String reason, String operator) {
    if (Principal.PLATFORM_ADMIN_ID.equals(principalId)) {
      // Nobody could release it: every request of the platform admin would be denied.
      throw ApiException.invalidField("principal_id", "the platform admin cannot be quarantined");
    }
    PrincipalQuarantineEntity row =
        PrincipalQuarantineEntity.<PrincipalQuarantineEntity>findByIdOptional(principalId)
            .orElseGet(PrincipalQuarantineEntity::new);
    row.principalId = principalId;
    row.reason = reason;
    row.quarantinedBy = operator;
    row.quarantinedAt = Instant.now();
    row.persist();
    return new QuarantineDto(row.principalId, row.reason, row.quarantinedAt);
  }

  @Transactional
  public void release(String principalId) {
    PrincipalQuarantineEntity.deleteById(principalId);
  }
}
