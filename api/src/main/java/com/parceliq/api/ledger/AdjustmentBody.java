package com.parceliq.api.ledger;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /v1/ledger/adjustments}: which tenant, a signed amount (positive credits the wallet,
 * negative debits it), its currency, and why.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AdjustmentBody(
    @NotBlank @Size(max = 64) @Schema(example = "ten_01J0000000000000000000000") String tenantId,
    @NotBlank
        @Pattern(
            regexp = "-?\\d{1,10}(\\.\\d{1,2})?",
            message = "must be a signed decimal amount with at most two decimal places")
        @DecimalMin(value = "-1000000.00", message = "must be at least -1000000.00")
        @DecimalMax(value = "1000000.00", message = "must be at most 1000000.00")
        @Schema(
            description = "Signed decimal string: positive credits the wallet, negative debits it",
            example = "-12.50")
        String amount,
    @NotBlank @Size(max = 3) @Schema(example = "USD") String currency,
    @NotBlank
        @Size(max = 500)
        @Schema(description = "Why the correction is made; kept in the ledger and the audit log")
        String reason) {}
