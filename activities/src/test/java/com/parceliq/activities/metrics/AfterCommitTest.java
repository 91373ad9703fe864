package com.parceliq.activities.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

class AfterCommitTest {

  private final TransactionSynchronizationRegistry transactions =
      mock(TransactionSynchronizationRegistry.class);
  private final AfterCommit afterCommit = new AfterCommit(transactions);
  private final AtomicInteger counted = new AtomicInteger();

  @Test
  void outsideATransactionTheFactIsCountedAtOnce() {
    when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_NO_TRANSACTION);

    afterCommit.run(counted::incrementAndGet);

    assertThat(counted).hasValue(1);
  }

  @Test
  void aFactIsCountedWhenItsTransactionCommitsNotBefore() {
    Synchronization synchronization = registeredWhileActive();
    assertThat(counted).hasValue(0);

    synchronization.afterCompletion(Status.STATUS_COMMITTED);

    assertThat(counted).hasValue(1);
  }

  @Test
  void aRolledBackFactIsNeverCountedSoItsRetryCountsItOnce() {
    Synchronization synchronization = registeredWhileActive();

    synchronization.afterCompletion(Status.STATUS_ROLLEDBACK);

    assertThat(counted).hasValue(0);
  }

  private Synchronization registeredWhileActive() {
    when(transactions.getTransactionStatus()).thenReturn(Status.STATUS_ACTIVE);
    afterCommit.run(counted::incrementAndGet);
    ArgumentCaptor<Synchronization> registered = ArgumentCaptor.forClass(Synchronization.class);
    verify(transactions).registerInterposedSynchronization(registered.capture());
    registered.getValue().beforeCompletion();
    return registered.getValue();
  }
}
