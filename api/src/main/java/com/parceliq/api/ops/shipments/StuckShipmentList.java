package com.parceliq.api.ops.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** {@code GET /v1/ops/stuck}: a page of parked shipments, newest first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record StuckShipmentList(List<StuckShipmentDto> shipments, boolean hasMore) {}
