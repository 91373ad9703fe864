package com.parceliq.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.time.Instant;

/** An audit record as {@code GET /v1/audit} shows it; {@code principal_id} is who acted. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AuditRecordDto(
    String id,
    String principalId,
    String action,
    String resourceType,
    String resourceId,
    String decision,
    JsonNode details,
    String requestId,
    String correlationId,
    Instant createdAt) {}
