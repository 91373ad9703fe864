package com.parceliq.api.pickups;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /v1/pickups/{id}/buy}: the pickup rate to buy, by carrier and service. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BuyPickupRequest(
    @NotBlank @Size(max = 64) String carrier, @NotBlank @Size(max = 64) String service) {}
