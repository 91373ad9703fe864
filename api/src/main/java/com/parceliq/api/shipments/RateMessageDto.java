package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** A carrier that gave no rates at the last rating, and why (EasyPost's shipment messages). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RateMessageDto(
    String carrier, String carrierAccountId, String type, String message) {}
