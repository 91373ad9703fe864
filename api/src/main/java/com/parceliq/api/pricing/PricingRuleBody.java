package com.parceliq.api.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /v1/pricing_rules}: which carrier and service (absent = any), a signed percentage or
 * flat adjustment of the carrier's rate, and an optional minimum charge.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record PricingRuleBody(
    @Pattern(regexp = "[a-z0-9_-]{1,32}", message = "must be a carrier code such as sandbox or ups")
        @Schema(description = "Carrier code; absent for every carrier", example = "sandbox")
        String carrier,
    @Pattern(regexp = "[a-z0-9_-]{1,64}", message = "must be a service code such as ground")
        @Schema(description = "Service code; absent for every service", example = "ground")
        String service,
    @NotBlank
        @Pattern(regexp = "percent|flat", message = "must be percent or flat")
        @Schema(enumeration = {"percent", "flat"})
        String type,
    @NotBlank
        @Pattern(
            regexp = "-?\\d{1,10}(\\.\\d{1,2})?",
            message = "must be a signed decimal with at most two decimal places")
        @Schema(
            description =
                "Positive marks up, negative marks down: percent of the carrier's rate, or an"
                    + " amount in USD",
            example = "10.00")
        String value,
    @Valid @Schema(description = "The least a priced rate costs")
        MinimumChargeBody minimumCharge) {}
