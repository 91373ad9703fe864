package com.parceliq.api.ops.invoicing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /v1/ops/invoice_runs}: issue the statements of a closed month now, of every due
 * tenant or only {@code tenant_id}'s. Strings here so a malformed one is a field error.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record InvoiceRunBody(
    @Schema(
            description = "A closed calendar month in UTC, YYYY-MM (before the current month)",
            example = "2026-10",
            required = true)
        String period,
    @Schema(
            description = "Only this tenant's statement; every due tenant's when absent",
            example = "ten_01J0000000000000000000000")
        String tenantId) {}
