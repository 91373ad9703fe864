package com.parceliq.api.audit;

import com.parceliq.api.http.RequestIds;
import com.parceliq.store.AuditRecordEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Locale;
import java.util.Map;
import org.jboss.logging.MDC;

/**
 * Writes audit records: privileged changes (once per change, inside the change's transaction) and
 * authorization decisions (each one, in a transaction of its own).
 */
@ApplicationScoped
public class AuditLog {

  /** What an audit record says happened. {@code resourceId} is null for a list or a creation. */
  public record Entry(
      String tenantId,
      String actor,
      String action,
      String resourceType,
      String resourceId,
      Map<String, Object> details,
      String requestId) {}

  public enum Decision {
    ALLOW,
    DENY;

    String column() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * A privileged change, allowed and done: written once per action on a resource, so a replayed
   * request does not audit the same change twice.
   */
  @Transactional
  public void record(Entry entry) {
    write(
        entry,
        Decision.ALLOW,
        entry.action() + ":" + entry.resourceType() + ":" + entry.resourceId());
  }

  /**
   * An authorization decision: every one is kept, and it commits whatever the request does next.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void decision(Entry entry, Decision decision) {
    write(entry, decision, null);
  }

  private static void write(Entry entry, Decision decision, String dedupKey) {
    AuditRecordEntity row =
        AuditRecordEntity.of(
            entry.tenantId(),
            entry.actor(),
            entry.action(),
            entry.resourceType(),
            entry.resourceId(),
            entry.details(),
            decision.column());
    row.requestId = entry.requestId();
    row.correlationId = correlationId();
    row.dedupKey = dedupKey;
    row.insertIfAbsent();
  }

  private static String correlationId() {
    Object id = MDC.get(RequestIds.MDC_CORRELATION_ID);
    return id == null ? null : id.toString();
  }
}
