package com.parceliq.api.wallet;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** {@code POST /v1/wallet/deposits}: an amount as a decimal string, and its currency. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record DepositBody(
    @NotBlank
        @Pattern(
            regexp = "\\d{1,10}(\\.\\d{1,2})?",
            message = "must be a positive decimal amount with at most two decimal places")
        @DecimalMin(value = "0.01", message = "must be at least 0.01")
        @DecimalMax(value = "1000000.00", message = "must be at most 1000000.00 per deposit")
        String amount,
    @NotBlank @Size(max = 3) String currency) {}
