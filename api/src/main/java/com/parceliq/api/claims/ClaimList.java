package com.parceliq.api.claims;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** A page of claims, newest first. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ClaimList(List<ClaimDto> claims, boolean hasMore) {}
