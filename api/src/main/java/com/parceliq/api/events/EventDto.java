package com.parceliq.api.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A domain event: {@code type} and {@code data} are what a webhook delivery of the same id carries;
 * {@code data} is the object the event is about (a compact Shipment for {@code shipment.*}), as it
 * was when the event happened.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventDto(
    String object,
    String id,
    @Schema(example = "shipment.purchased") String type,
    Instant createdAt,
    String shipmentId,
    @Schema(
            description =
                "The X-Correlation-Id of the API request that caused the event; null when no"
                    + " request did (scheduled work) or for events recorded before it was kept.")
        String correlationId,
    @Schema(
            type = SchemaType.OBJECT,
            description = "The object the event is about, as it was when the event happened.")
        JsonNode data,
    @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(
            description = "Its webhook deliveries with every attempt (on GET /v1/events/{id} only)")
        List<EventDeliveryDto> deliveries) {

  public static final String OBJECT = "Event";
}
