package com.parceliq.api.ops.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** {@code POST /v1/ops/shipments/{id}/decision}: {@code retry} or {@code cancel}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ShipmentDecisionBody(String action) {}
