package com.parceliq.store.audit;

import java.time.Instant;
import java.util.Map;

/** One committed audit record as it leaves for an event sink. */
public record AuditEvent(
    String id,
    String tenantId,
    String principalId,
    String action,
    String resourceType,
    String resourceId,
    String decision,
    Map<String, Object> details,
    String requestId,
    String correlationId,
    Instant createdAt) {}
