package com.parceliq.api.events;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One webhook delivery of an event, with its attempts. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventDeliveryDto(
    String id,
    String webhookId,
    @Schema(enumeration = {"initial", "replay"}) String kind,
    String replayId,
    @Schema(enumeration = {"pending", "delivered", "dead_lettered", "cancelled"}) String status,
    Instant createdAt,
    Instant deliveredAt,
    Instant deadLetteredAt,
    List<Attempt> attempts) {

  /** What the endpoint answered to one attempt: at most 1 KiB of its body, or the error. */
  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  public record Attempt(
      int attempt,
      Instant startedAt,
      Integer statusCode,
      long latencyMs,
      String response,
      String error) {}
}
