package com.parceliq.api.shipments;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;

/** Weight in ounces, dimensions in inches (EasyPost's units); dimensions are optional. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ParcelDto(
    @NotNull
        @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "2400", message = "must be at most 2400 ounces (150 lb)")
        BigDecimal weight,
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "120", message = "must be at most 120 inches")
        BigDecimal length,
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "120", message = "must be at most 120 inches")
        BigDecimal width,
    @DecimalMin(value = "0", inclusive = false, message = "must be greater than 0")
        @DecimalMax(value = "120", message = "must be at most 120 inches")
        BigDecimal height) {}
