package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record RateDto(
    String id,
    String object,
    String shipmentId,
    String carrier,
    // The tenant's carrier account quoted with; null for the platform's own (sandbox).
    String carrierAccountId,
    String service,
    @Schema(description = "The tenant's price: what buying this rate charges") String rate,
    @Schema(description = "The carrier's own rate, before the tenant's pricing rule")
        String listRate,
    @Schema(
            description = "How list_rate became rate",
            example = "sandbox ground list 12.00 + 10% markup (rule pr_...) = 13.20")
        String pricing,
    String currency,
    int deliveryDays,
    Instant expiresAt) {

  public static final String OBJECT = "Rate";
}
