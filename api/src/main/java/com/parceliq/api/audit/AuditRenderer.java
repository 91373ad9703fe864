package com.parceliq.api.audit;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.store.AuditRecordEntity;
import com.parceliq.store.JsonColumns;

/** Audit rows as the API shows them: the stored details as they were written. */
public final class AuditRenderer {

  private AuditRenderer() {}

  public static AuditRecordDto render(AuditRecordEntity row) {
    return new AuditRecordDto(
        row.id,
        row.actor,
        row.action,
        row.resourceType,
        row.resourceId,
        row.decision,
        JsonColumns.read(row.detailsJson, JsonNode.class),
        row.requestId,
        row.correlationId,
        row.createdAt);
  }
}
