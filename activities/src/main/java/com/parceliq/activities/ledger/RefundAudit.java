package com.parceliq.activities.ledger;

import com.parceliq.domain.Money;
import com.parceliq.store.AuditRecordEntity;
import java.util.Map;

/**
 * Audits a refund the workers post to the ledger, in the posting's transaction: the record exists
 * exactly when the refund does. Keyed by the posting's idempotency key, so a retried activity (or a
 * second worker racing the first) audits the refund once.
 */
final class RefundAudit {

  static final String ACTOR = "system";
  static final String ACTION = "refund";

  private RefundAudit() {}

  static void record(
      String tenantId, String resourceType, String resourceId, String key, Money amount) {
    AuditRecordEntity row =
        AuditRecordEntity.of(
            tenantId,
            ACTOR,
            ACTION,
            resourceType,
            resourceId,
            Map.of("amount", amount.toDecimalString(), "currency", amount.currency()),
            "allow");
    row.dedupKey = ACTION + ":" + key;
    row.insertIfAbsent();
  }
}
