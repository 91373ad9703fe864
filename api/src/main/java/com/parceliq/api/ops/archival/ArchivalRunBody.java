package com.parceliq.api.ops.archival;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * {@code POST /v1/ops/archival/runs}: archive every shipment in a final state last changed before
 * {@code completed_before}, now; only {@code tenant_id}'s when given (a targeted backfill). Both
 * stay strings here so a malformed one is a field error, checked by {@link ArchivalRunRequests}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record ArchivalRunBody(
    @Schema(
            description =
                "RFC 3339 instant, not in the future: shipments that reached a final state and"
                    + " last changed before it are archived",
            example = "2026-01-01T00:00:00Z",
            required = true)
        String completedBefore,
    @Schema(
            description = "Only this tenant's shipments; every tenant's when absent",
            example = "ten_01J0000000000000000000000")
        String tenantId) {}
