package com.parceliq.store.crypto;

import com.parceliq.store.WebhookEndpointEntity;
import java.util.Map;

/**
 * Webhook signing secrets must be readable to sign, so they are sealed like carrier credentials: a
 * one-field credential map under a data key of its own, bound to the tenant and the endpoint id
 * (ids {@code whk_...} never collide with carrier accounts'), so a sealed secret copied into
 * another row does not open.
 */
public final class WebhookSecrets {

  private static final String FIELD = "secret";

  private WebhookSecrets() {}

  public static void seal(CredentialSealer sealer, WebhookEndpointEntity endpoint, String secret) {
    SealedCredentials sealed = sealer.seal(Map.of(FIELD, secret), endpoint.tenantId, endpoint.id);
    endpoint.keyId = sealed.keyId();
    endpoint.encryptedDataKey = sealed.encryptedDataKey();
    endpoint.encryptedSecret = sealed.encryptedCredentials();
  }

  public static String open(CredentialSealer sealer, WebhookEndpointEntity endpoint) {
    return sealer
        .open(
            new SealedCredentials(
                endpoint.keyId, endpoint.encryptedDataKey, endpoint.encryptedSecret),
            endpoint.tenantId,
            endpoint.id)
        .get(FIELD);
  }
}
