package com.parceliq.store.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sealer for carrier credentials, from {@code parceliq.crypto.*}. Without a master key nothing
 * that needs credentials works, and the error says which setting is missing: no silent fallback to
 * a built-in key.
 */
@ApplicationScoped
public class CryptoProducer {

  @Produces
  @ApplicationScoped
  CredentialSealer credentialSealer(
      @ConfigProperty(name = "parceliq.crypto.key-id", defaultValue = "local-1") String keyId,
      @ConfigProperty(name = "parceliq.crypto.master-key") Optional<String> masterKey) {
    return new CredentialSealer(
        new LocalKeyManagement(
            keyId,
            masterKey.orElseThrow(
                () ->
                    new IllegalStateException(
                        "parceliq.crypto.master-key (env PARCELIQ_CRYPTO_MASTER_KEY) is not set:"
                            + " carrier credentials cannot be sealed or opened"))));
  }
}
