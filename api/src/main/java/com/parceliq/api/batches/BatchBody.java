package com.parceliq.api.batches;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Size;
import java.util.List;

/** {@code POST /v1/batches}: the shipments (ids, at most 10,000) and an optional reference. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BatchBody(List<String> shipments, @Size(max = 255) String reference) {}
