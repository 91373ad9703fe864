package com.parceliq.api.tenants;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.api.idempotency.ReplaySafe;
import java.time.Instant;

/**
 * A new tenant with its first API key, the only time the key is ever shown: a replay of this answer
 * (same Idempotency-Key) has {@code api_key: null}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TenantCreated(
    String id,
    String object,
    String name,
    Integer archiveRetentionDays,
    String apiKey,
    String apiKeyId,
    Instant createdAt)
    implements ReplaySafe {

  public static final String OBJECT = "Tenant";

  @Override
  public Object redactedForReplay() {
    return new TenantCreated(id, object, name, archiveRetentionDays, null, apiKeyId, createdAt);
  }
}
