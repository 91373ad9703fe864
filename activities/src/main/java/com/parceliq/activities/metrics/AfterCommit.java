package com.parceliq.activities.metrics;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * Business counters count facts, not attempts: a fact counted inside a transaction that then rolls
 * back would be counted again by the retry that writes it for good. So a counter moves only once
 * the transaction that recorded its fact has committed.
 */
@ApplicationScoped
public class AfterCommit {

  private final TransactionSynchronizationRegistry transactions;

  @Inject
  public AfterCommit(TransactionSynchronizationRegistry transactions) {
    this.transactions = transactions;
  }

  /** Runs {@code count} when the current transaction commits, or now outside of one. */
  public void run(Runnable count) {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      count.run();
      return;
    }
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {}

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              count.run();
            }
          }
        });
  }
}
