package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RateDto(
    String id,
    String object,
    String shipmentId,
    String carrier,
    // The tenant's carrier account quoted with; null for the platform's own (sandbox).
    String carrierAccountId,
    String service,
    String rate,
    String currency,
    int deliveryDays,
    Instant expiresAt) {

  public static final String OBJECT = "Rate";
}
