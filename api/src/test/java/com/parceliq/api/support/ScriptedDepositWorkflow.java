package com.parceliq.api.support;

import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.wallet.DepositRequest;
import com.parceliq.workflows.wallet.WalletDepositWorkflow;
import java.util.concurrent.atomic.AtomicInteger;

/** A stand-in deposit workflow that counts how often it posts. */
public class ScriptedDepositWorkflow implements WalletDepositWorkflow {

  public static final AtomicInteger POSTINGS = new AtomicInteger();

  @Override
  public LedgerReceipt deposit(DepositRequest request) {
    POSTINGS.incrementAndGet();
    return new LedgerReceipt("led_" + request.depositId().substring(4), request.amount());
  }
}
