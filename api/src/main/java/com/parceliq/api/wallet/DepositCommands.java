package com.parceliq.api.wallet;

import com.parceliq.api.temporal.PostingWorkflows;
import com.parceliq.domain.Money;
import com.parceliq.store.LedgerTransactionEntity;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.wallet.DepositRequest;
import com.parceliq.workflows.wallet.WalletDepositWorkflow;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Deposits money through the deposit workflow and describes the result. */
@ApplicationScoped
public class DepositCommands {

  @Inject PostingWorkflows postings;

  /** {@code idempotencyKey} may be null: then the deposit cannot be recognised on a retry. */
  public DepositDto deposit(String tenantId, Money amount, String idempotencyKey) {
    String depositId = DepositIds.forRequest(tenantId, idempotencyKey);
    String ledgerKey = idempotencyKey == null ? depositId : idempotencyKey;
    LedgerReceipt receipt =
        postings.run(
            WalletDepositWorkflow.class,
            WorkflowIds.deposit(tenantId, depositId),
            tenantId,
            workflow -> workflow::deposit,
            new DepositRequest(tenantId, depositId, amount, ledgerKey),
            "The deposit");
    // The amount shown is the ledger's: a retry joins the first deposit, whatever it was for.
    Money posted =
        LedgerTransactionEntity.<LedgerTransactionEntity>findByIdOptional(receipt.entryId())
            .filter(entry -> entry.tenantId.equals(tenantId))
            .map(entry -> new Money(entry.amount, entry.currency))
            .orElse(amount);
    return render(depositId, posted, receipt);
  }

  static DepositDto render(String depositId, Money posted, LedgerReceipt receipt) {
    return new DepositDto(
        depositId,
        DepositDto.OBJECT,
        posted.toDecimalString(),
        posted.currency(),
        receipt.entryId(),
        receipt.walletBalance().toDecimalString());
  }
}
