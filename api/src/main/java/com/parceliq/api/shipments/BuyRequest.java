package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** {@code POST /v1/shipments/{id}/buy}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BuyRequest(@NotBlank @Size(max = 64) String rateId) {}
