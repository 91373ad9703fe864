package com.parceliq.api.batches;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A page of batches (without their shipment lists), newest first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BatchList(List<BatchDto> batches, boolean hasMore) {}
