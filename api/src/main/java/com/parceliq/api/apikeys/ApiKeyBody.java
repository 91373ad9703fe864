package com.parceliq.api.apikeys;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/api_keys}: a new key of the caller's tenant. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ApiKeyBody(
    @NotNull
        @Pattern(
            regexp = "admin|shipper|billing|viewer",
            message = "must be one of admin, shipper, billing, viewer")
        @Schema(enumeration = {"admin", "shipper", "billing", "viewer"})
        String role,
    @Size(max = 200) @Schema(example = "warehouse label printer") String name,
    @Min(value = 1, message = "must be at least 1")
        @Max(value = 10_000, message = "must be at most 10000")
        @Schema(
            description =
                "This key's own requests per second (and burst); default: the platform's per-key"
                    + " limit")
        Integer rateLimitPerSecond) {}
