package com.parceliq.api.apikeys;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.auth.ApiKeys;
import com.parceliq.api.auth.IssuedKey;
import com.parceliq.api.auth.TenantRoles;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.ApiKeyEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A tenant's API keys: created (the secret shown once, only its hash kept), listed and shown
 * without it, and revoked, never deleted. Creation and revocation are audited in the transaction of
 * the change. The last active admin key cannot be revoked: the tenant would lock itself out.
 */
@ApplicationScoped
public class TenantApiKeys {

  /** Who acts, for scoping and the audit record. */
  public record Actor(String tenantId, String principalId, String requestId) {}

  @Inject AuditLog audit;

  @Transactional
  public ApiKeyDto create(Actor actor, ApiKeyBody body) {
    String name = body.name() == null || body.name().isBlank() ? null : body.name().strip();
    IssuedKey key =
        ApiKeys.issue(actor.tenantId(), body.role(), name, body.rateLimitPerSecond(), now());
    key.row().persist();
    record(actor, "create_api_key", key.row());
    return render(key.row(), key.secret());
  }

  @Transactional
  public ApiKeyDto get(String tenantId, String id) {
    return render(existing(tenantId, id), null);
  }

  @Transactional
  public ApiKeyList list(String tenantId, Paging paging) {
    List<ApiKeyEntity> fetched = ApiKeyEntity.page(tenantId, paging.beforeId(), paging.fetchSize());
    return new ApiKeyList(
        paging.pageOf(fetched).stream().map(row -> render(row, null)).toList(),
        paging.hasMore(fetched));
  }

  /**
   * Revoked at once (the next request with it is a 401); revoking a revoked key changes nothing.
   */
  @Transactional
  public void revoke(Actor actor, String id) {
    ApiKeyEntity row = existing(actor.tenantId(), id);
    if (!row.isActive()) {
      return;
    }
    if (TenantRoles.ADMIN.equals(row.role)) {
      refuseLastAdmin(actor.tenantId(), row.id);
    }
    row.revokedAt = now();
    record(actor, "revoke_api_key", row);
  }

  private static void refuseLastAdmin(String tenantId, String id) {
    boolean anotherAdmin =
        ApiKeyEntity.lockActiveOfRole(tenantId, TenantRoles.ADMIN).stream()
            .anyMatch(key -> !key.id.equals(id));
    if (!anotherAdmin) {
      throw new ApiException(
          ErrorCode.API_KEY_LAST_ADMIN,
          "This is the tenant's last active admin key; create another admin key before revoking"
              + " it.");
    }
  }

  private void record(Actor actor, String action, ApiKeyEntity row) {
    Map<String, Object> details = new HashMap<>();
    details.put("role", row.role);
    details.put("prefix", row.prefix);
    if (row.name != null) {
      details.put("name", row.name);
    }
    audit.record(
        new AuditLog.Entry(
            actor.tenantId(),
            actor.principalId(),
            action,
            "api_key",
            row.id,
            details,
            actor.requestId()));
  }

  private static ApiKeyEntity existing(String tenantId, String id) {
    return ApiKeyEntity.ofTenant(tenantId, id)
        .orElseThrow(() -> ApiException.notFound("API key", id));
  }

  private static Instant now() {
    return Instant.now().truncatedTo(ChronoUnit.MICROS);
  }

  private static ApiKeyDto render(ApiKeyEntity row, String secret) {
    return new ApiKeyDto(
        row.id,
        ApiKeyDto.OBJECT,
        secret,
        row.prefix,
        row.role,
        row.name,
        row.rateLimitPerSecond,
        row.createdAt,
        row.lastUsedAt,
        row.revokedAt);
  }
}
