package com.parceliq.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import com.parceliq.api.idempotency.ReplaySafe;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A webhook endpoint; {@code secret} only in the response that created it: a replay of that answer
 * (same Idempotency-Key) leaves it out, since idempotency records hold no plaintext secrets.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record WebhookDto(
    String id,
    String object,
    String url,
    @Schema(enumeration = {"enabled", "disabled"}) String status,
    int consecutiveDeadLetters,
    Instant createdAt,
    @JsonInclude(JsonInclude.Include.NON_NULL) Instant disabledAt,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(description = "The signing secret, in the creation response only")
        String secret)
    implements ReplaySafe {

  public static final String OBJECT = "Webhook";

  @Override
  public Object redactedForReplay() {
    return new WebhookDto(
        id, object, url, status, consecutiveDeadLetters, createdAt, disabledAt, null);
  }
}
