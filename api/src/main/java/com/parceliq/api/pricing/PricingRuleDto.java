package com.parceliq.api.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PricingRuleDto(
    String id,
    String object,
    String carrier,
    String service,
    String type,
    String value,
    MinimumCharge minimumCharge,
    Instant createdAt) {

  public static final String OBJECT = "PricingRule";

  public record MinimumCharge(String amount, String currency) {}
}
