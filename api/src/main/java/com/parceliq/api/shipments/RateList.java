package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** The rates of the last rating, and a message for each carrier that gave none. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RateList(List<RateDto> rates, List<RateMessageDto> messages) {}
