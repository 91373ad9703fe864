package com.parceliq.activities.carrier;

import com.parceliq.carrier.spi.CarrierAccount;
import com.parceliq.carrier.spi.CarrierPlugin;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.CarrierAccountEntity;
import com.parceliq.store.crypto.CredentialSealer;
import com.parceliq.store.crypto.SealedCredentials;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Optional;

/**
 * The plugin instance for one carrier call: the platform's, or the one bound to the tenant's
 * carrier account, whose credentials are opened here, in the worker's memory only. New business
 * (rating, buying) needs an active account; follow-ups of a label already bought (void, refund
 * status, reroute) work on a deleted account too, since the label outlives it.
 */
@ApplicationScoped
public class CarrierAccountPlugins {

  /** What the call is for, which decides whether a deleted account may still be used. */
  public enum Use {
    NEW_BUSINESS,
    FOLLOW_UP
  }

  private final CarrierPluginRegistry registry;
  private final CredentialSealer sealer;

  @Inject
  public CarrierAccountPlugins(CarrierPluginRegistry registry, CredentialSealer sealer) {
    this.registry = registry;
    this.sealer = sealer;
  }

  @Transactional
  public CarrierPlugin plugin(String tenantId, String carrier, String accountId, Use use) {
    if (accountId == null) {
      return registry
          .platformPlugin(carrier)
          .orElseThrow(
              () ->
                  refusal(
                      registry.descriptor(carrier).isPresent()
                          ? "carrier " + carrier + " needs a carrier account"
                          : "carrier " + carrier + " is not available on this worker"));
    }
    CarrierAccountEntity row =
        CarrierAccountEntity.ofTenant(tenantId, accountId)
            .filter(account -> account.carrier.equals(carrier))
            .orElseThrow(() -> refusal("carrier account " + accountId + " does not exist"));
    if (!row.isActive() && use == Use.NEW_BUSINESS) {
      throw refusal("carrier account " + accountId + " was deleted");
    }
    Optional<CarrierPlugin> cached = registry.cachedAccountPlugin(accountId);
    if (cached.isPresent()) {
      return cached.get();
    }
    CarrierAccount account =
        new CarrierAccount(
            accountId,
            row.testMode,
            sealer.open(
                new SealedCredentials(row.keyId, row.encryptedDataKey, row.encryptedCredentials),
                tenantId,
                accountId));
    return registry
        .accountPlugin(carrier, account)
        .orElseThrow(() -> refusal("carrier " + carrier + " is not available on this worker"));
  }

  // Retrying cannot make an account or a plugin appear: it takes the tenant or a deployment.
  private static ApplicationFailure refusal(String message) {
    return ApplicationFailure.newNonRetryableFailure(message, ErrorCode.CARRIER_REJECTED.code());
  }
}
