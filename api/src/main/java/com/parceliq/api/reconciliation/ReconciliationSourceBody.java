package com.parceliq.api.reconciliation;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** {@code POST /v1/reconciliation} as JSON: an invoice already in the tenant's S3 inbox. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ReconciliationSourceBody(
    @Schema(
            description =
                "Object key in the reconciliation bucket, under inbox/<carrier>/<your tenant id>/",
            example = "inbox/sandbox/ten_01J0000000000000000000000/2026-11-22.csv",
            required = true)
        String s3Key,
    @Schema(description = "sandbox, ups or fedex; must match the key's carrier", example = "ups")
        String carrier) {}
