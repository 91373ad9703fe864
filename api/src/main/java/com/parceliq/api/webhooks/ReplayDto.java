package com.parceliq.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A replay: its deliveries appear on the events it covers ({@code GET /v1/events/{id}}). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReplayDto(
    String id,
    String object,
    String webhookId,
    @Schema(enumeration = {"running", "completed"}) String status,
    Instant since,
    List<String> eventIds,
    Instant createdAt) {

  public static final String OBJECT = "WebhookReplay";
}
