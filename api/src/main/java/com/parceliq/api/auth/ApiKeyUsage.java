package com.parceliq.api.auth;

import com.parceliq.store.ApiKeyEntity;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;

/**
 * Records when a key was last used, at most once a minute per key, so that authentication does not
 * write on every request.
 */
@ApplicationScoped
public class ApiKeyUsage {

  static final Duration RESOLUTION = Duration.ofMinutes(1);

  public void recordUse(ApiKeyEntity key, Instant now) {
    if (!isStale(key.lastUsedAt, now)) {
      return;
    }
    QuarkusTransaction.requiringNew()
        .run(
            () ->
                ApiKeyEntity.update(
                    "lastUsedAt = ?1 where id = ?2 and (lastUsedAt is null or lastUsedAt < ?3)",
                    now,
                    key.id,
                    now.minus(RESOLUTION)));
  }

  static boolean isStale(Instant lastUsedAt, Instant now) {
    return lastUsedAt == null || lastUsedAt.isBefore(now.minus(RESOLUTION));
  }
}
