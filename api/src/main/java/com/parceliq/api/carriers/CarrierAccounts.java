package com.parceliq.api.carriers;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.http.Paging;
import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.CarrierAccountEntity;
import com.parceliq.store.crypto.CredentialSealer;
import com.parceliq.store.crypto.SealedCredentials;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A tenant's carrier accounts: created with their credentials sealed before they touch the
 * database, listed without them, deleted softly (labels bought on an account can still be voided).
 * Every change is audited with the credential names, never their values.
 */
@ApplicationScoped
public class CarrierAccounts {

  @Inject CredentialSealer sealer;
  @Inject AuditLog audit;

  /** Who changes an account, for the audit log. */
  public record Actor(String tenantId, String keyId, String requestId) {}

  @Transactional
  public CarrierAccountDto create(CarrierAccountBody body, Actor actor) {
    Map<String, String> credentials = new TreeMap<>(body.credentials());
    CredentialRules.check(body.carrier(), credentials);
    CarrierAccountEntity row = new CarrierAccountEntity();
    row.id = Ids.newId(IdPrefix.CARRIER_ACCOUNT);
    row.tenantId = actor.tenantId();
    row.carrier = body.carrier();
    row.description = body.description();
    row.testMode = Boolean.TRUE.equals(body.testMode());
    row.credentialFields = List.copyOf(credentials.keySet());
    SealedCredentials sealed = sealer.seal(credentials, row.tenantId, row.id);
    row.keyId = sealed.keyId();
    row.encryptedDataKey = sealed.encryptedDataKey();
    row.encryptedCredentials = sealed.encryptedCredentials();
    row.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    row.persist();
    record(actor, "create_carrier_account", row);
    return render(row);
  }

  @Transactional
  public void delete(String id, Actor actor) {
    CarrierAccountEntity row =
        CarrierAccountEntity.ofTenant(actor.tenantId(), id)
            .filter(CarrierAccountEntity::isActive)
            .orElseThrow(() -> ApiException.notFound("carrier account", id));
    row.deletedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
    record(actor, "delete_carrier_account", row);
  }

  @Transactional
  public CarrierAccountDto get(String tenantId, String id) {
    return CarrierAccountEntity.ofTenant(tenantId, id)
        .filter(CarrierAccountEntity::isActive)
        .map(CarrierAccounts::render)
        .orElseThrow(() -> ApiException.notFound("carrier account", id));
  }

  @Transactional
  public CarrierAccountList list(String tenantId, Paging paging) {
    List<CarrierAccountEntity> fetched =
        CarrierAccountEntity.page(tenantId, paging.beforeId(), paging.fetchSize());
    return new CarrierAccountList(
        paging.pageOf(fetched).stream().map(CarrierAccounts::render).toList(),
        paging.hasMore(fetched));
  }

  private void record(Actor actor, String action, CarrierAccountEntity row) {
    audit.record(
        new AuditLog.Entry(
            actor.tenantId(),
            actor.keyId(),
            action,
            "carrier_account",
            row.id,
            Map.of(
                "carrier", row.carrier,
                "test_mode", row.testMode,
                "credential_fields", row.credentialFields),
            actor.requestId()));
  }

  private static CarrierAccountDto render(CarrierAccountEntity row) {
    return new CarrierAccountDto(
        row.id,
        CarrierAccountDto.OBJECT,
        row.carrier,
        row.description,
        row.testMode,
        row.credentialFields,
        row.createdAt);
  }
}
