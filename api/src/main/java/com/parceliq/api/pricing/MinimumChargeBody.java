package com.parceliq.api.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The least a priced rate may cost, whatever the adjustment. */
public record MinimumChargeBody(
    @NotBlank
        @Pattern(
            regexp = "\\d{1,10}(\\.\\d{1,2})?",
            message = "must be a decimal amount of at least zero with at most two decimal places")
        @Schema(example = "5.00")
        String amount,
    @NotBlank @Size(max = 3) @Schema(example = "USD") String currency) {}
