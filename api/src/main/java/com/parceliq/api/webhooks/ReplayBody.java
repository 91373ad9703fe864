package com.parceliq.api.webhooks;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/webhooks/{id}/replay}: exactly one of {@code since} and {@code event_ids}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReplayBody(
    @Schema(
            description = "Every event of the tenant created at or after this instant (RFC 3339)",
            example = "2026-11-20T00:00:00Z")
        String since,
    @Size(max = ReplayBody.MAX_EVENT_IDS, message = "must name at most 1000 events")
        @Schema(description = "These events of the tenant (at most 1,000)")
        List<String> eventIds) {

  public static final int MAX_EVENT_IDS = 1000;
}
