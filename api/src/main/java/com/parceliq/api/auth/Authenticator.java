package com.parceliq.api.auth;

import com.parceliq.api.auth.oidc.OidcAuthenticator;
import com.parceliq.store.ApiKeyEntity;
import com.parceliq.store.rls.RowScope;
import com.parceliq.store.rls.ScopedWork;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Turns a bearer token into a principal: the platform admin key, an active tenant API key found by
 * its hash, or else an OIDC access token of a user. The one place that knows credentials.
 */
@ApplicationScoped
public class Authenticator {

  @Inject PlatformAdminKey adminKey;
  @Inject ApiKeyUsage usage;
  @Inject OidcAuthenticator oidc;

  public Optional<Authenticated> authenticate(String token) {
    if (adminKey.matches(token)) {
      return Optional.of(Authenticated.of(Principal.platformAdmin()));
    }
    if (ApiKeys.looksLikeApiKey(token)) {
      return apiKey(token);
    }
    return oidc.authenticate(token).map(Authenticated::of);
  }

  private Optional<Authenticated> apiKey(String token) {
    // The key tells whose tenant this is, so finding it cannot be scoped to a tenant yet.
    return ScopedWork.call(
        RowScope.system("API key lookup: the tenant is not known before the key is found"),
        () ->
            ApiKeyEntity.findActiveByHash(ApiKeys.hash(token))
                .map(
                    key -> {
                      usage.recordUse(key, Instant.now());
                      return new Authenticated(
                          Principal.apiKey(key.tenantId, key.id, key.role), key.rateLimitPerSecond);
                    }));
  }
}
