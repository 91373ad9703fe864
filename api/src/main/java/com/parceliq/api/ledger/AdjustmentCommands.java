package com.parceliq.api.ledger;

import com.parceliq.api.audit.AuditLog;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.temporal.PostingWorkflows;
import com.parceliq.domain.Money;
import com.parceliq.store.LedgerPostingEntity;
import com.parceliq.store.LedgerTransactionEntity;
import com.parceliq.store.TenantEntity;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.wallet.LedgerAdjustmentWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts an operator's adjustment through its workflow, audits it, and shows the ledger entry. The
 * audit record is keyed by the entry, so a retry that joins the same adjustment audits it once.
 */
@ApplicationScoped
public class AdjustmentCommands {

  static final String AUDIT_ACTION = "adjust_ledger";
  static final String AUDIT_RESOURCE = "ledger_entry";

  @Inject PostingWorkflows postings;
  @Inject AuditLog audit;

  /** {@code idempotencyKey} may be null: then a retry is a second adjustment. */
  public LedgerEntryDto adjust(
      AdjustmentBody body, String idempotencyKey, String actor, String requestId) {
    String tenantId = body.tenantId().strip();
    Money amount = AdjustmentAmounts.of(body);
    if (TenantEntity.findByIdOptional(tenantId).isEmpty()) {
      throw ApiException.notFound("tenant", tenantId);
    }
    String adjustmentId = AdjustmentIds.forRequest(tenantId, idempotencyKey);
    LedgerReceipt receipt =
        postings.run(
            LedgerAdjustmentWorkflow.class,
            WorkflowIds.adjustment(tenantId, adjustmentId),
            tenantId,
            workflow -> workflow::adjust,
            new LedgerAdjustment(
                tenantId,
                "adjustment:" + adjustmentId,
                amount.amount(),
                amount.currency(),
                body.reason().strip(),
                actor),
            "The adjustment");
    LedgerTransactionEntity entry =
        LedgerTransactionEntity.<LedgerTransactionEntity>findByIdOptional(receipt.entryId())
            .filter(found -> found.tenantId.equals(tenantId))
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "adjustment posted as " + receipt.entryId() + " but the entry is missing"));
    audit.record(
        new AuditLog.Entry(
            tenantId,
            actor,
            AUDIT_ACTION,
            AUDIT_RESOURCE,
            entry.id,
            details(entry, body.reason().strip(), receipt),
            requestId));
    List<LedgerPostingEntity> postings =
        LedgerPostingEntity.forTransactions(tenantId, List.of(entry.id));
    return LedgerRenderer.render(entry, postings);
  }

  private static Map<String, Object> details(
      LedgerTransactionEntity entry, String reason, LedgerReceipt receipt) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("amount", entry.amount.toPlainString());
    details.put("currency", entry.currency);
    details.put("reason", reason);
    details.put("wallet_balance_after", receipt.walletBalance().toDecimalString());
    return details;
  }
}
