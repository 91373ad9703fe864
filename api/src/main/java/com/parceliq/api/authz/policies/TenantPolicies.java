package com.parceliq.api.authz.policies;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.authz.cedar.CedarPolicyText;
import com.parceliq.api.authz.cedar.InvalidPolicyTextException;
import com.parceliq.api.authz.cedar.TenantPolicyIds;
import com.parceliq.api.error.ApiException;
import com.parceliq.store.TenantPolicyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/**
 * Reads and replaces a tenant's own Cedar policies. Text that Cedar does not parse is refused (422
 * with the parser's message on {@code policies}), so a stored text always parses; each change is
 * audited in its own transaction with the new version.
 */
@ApplicationScoped
public class TenantPolicies {

  static final String AUDIT_ACTION = "manage_policies";
  static final String AUDIT_RESOURCE = "policy";

  @Inject AuditLog audit;

  public PolicyDto current(String tenantId) {
    return TenantPolicyEntity.forTenant(tenantId)
        .map(TenantPolicies::render)
        .orElse(new PolicyDto("", 0, null, null));
  }

  @Transactional
  public PolicyDto replace(String tenantId, String text, String actor, String requestId) {
    try {
      CedarPolicyText.parse(text, TenantPolicyIds.PREFIX);
    } catch (InvalidPolicyTextException e) {
      throw ApiException.invalidField("policies", e.getMessage());
    }
    // Serialize concurrent PUTs of one tenant so versions never repeat.
    TenantPolicyEntity row =
        TenantPolicyEntity.<TenantPolicyEntity>findByIdOptional(
                tenantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE)
            .orElse(null);
    if (row == null) {
      row = new TenantPolicyEntity();
      row.tenantId = tenantId;
      row.version = 0;
    }
    row.policies = text;
    row.version = row.version + 1;
    row.updatedAt = Instant.now();
    row.updatedBy = actor;
    row.persist();
    audit.record(
        new AuditLog.Entry(
            tenantId,
            actor,
            AUDIT_ACTION,
            AUDIT_RESOURCE,
            tenantId + ":v" + row.version,
            Map.of("version", row.version, "length", text.length()),
            requestId));
    return render(row);
  }

  private static PolicyDto render(TenantPolicyEntity row) {
    return new PolicyDto(row.policies, row.version, row.updatedAt, row.updatedBy);
  }
}
