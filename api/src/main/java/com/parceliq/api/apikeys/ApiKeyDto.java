package com.parceliq.api.apikeys;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.api.idempotency.ReplaySafe;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An API key; {@code key} only in the response that created it: a replay of that answer (same
 * Idempotency-Key) leaves it out, since idempotency records hold no plaintext secrets.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiKeyDto(
    String id,
    String object,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The key itself, in the creation response only")
        String key,
    @Schema(description = "The key's first characters, to tell keys apart") String prefix,
    @Schema(enumeration = {"admin", "shipper", "billing", "viewer"}) String role,
    String name,
    Integer rateLimitPerSecond,
    Instant createdAt,
    @Schema(description = "When the key last authenticated a request (to the minute)")
        Instant lastUsedAt,
    Instant revokedAt)
    implements ReplaySafe {

  public static final String OBJECT = "ApiKey";

  @Override
  public Object redactedForReplay() {
    return new ApiKeyDto(
        id, object, null, prefix, role, name, rateLimitPerSecond, createdAt, lastUsedAt, revokedAt);
  }
}
