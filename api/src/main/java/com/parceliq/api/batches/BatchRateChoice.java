package com.parceliq.api.batches;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * Which rate a batch buys for each shipment: its cheapest, restricted to {@code carrier} and {@code
 * service} when given ({@code POST /v1/batches/{id}/buy?carrier=&service=}).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BatchRateChoice(String carrier, String service) {}
