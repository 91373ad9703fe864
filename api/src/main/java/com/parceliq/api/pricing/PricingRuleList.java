package com.parceliq.api.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PricingRuleList(List<PricingRuleDto> pricingRules, boolean hasMore) {}
