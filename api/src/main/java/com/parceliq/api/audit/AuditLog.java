package com.parceliq.api.audit;

import com.parceliq.domain.IdPrefix;
import com.parceliq.domain.Ids;
import com.parceliq.store.AuditRecordEntity;
import com.parceliq.store.JsonColumns;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Map;

/** Writes audit records of privileged actions; one record per action on a resource. */
@ApplicationScoped
public class AuditLog {

  /** What an audit record says happened. */
  public record Entry(
      String tenantId,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      Map<String, Object> details,
      String requestId) {}

  @Transactional
  public void record(Entry entry) {
    AuditRecordEntity row = new AuditRecordEntity();
    row.id = Ids.newId(IdPrefix.AUDIT_RECORD);
    row.tenantId = entry.tenantId();
    row.actor = entry.actor();
    row.action = entry.action();
    row.resourceType = entry.resourceType();
    row.resourceId = entry.resourceId();
    row.detailsJson = JsonColumns.write(entry.details());
    row.requestId = entry.requestId();
    row.createdAt = Instant.now();
    row.insertIfAbsent();
  }
}
