package com.parceliq.api.tenants;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CreateTenantRequest(
    @NotBlank @Size(max = 200) String name,
    /** Days a finished shipment stays hot before archival; null: the platform default (90). */
    @Positive @Max(3650) Integer archiveRetentionDays) {}
