package com.parceliq.workflows.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Money;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LedgerAdjustment;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.math.BigDecimal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LedgerAdjustmentWorkflowTest {

  private static final LedgerAdjustment DEBIT =
      new LedgerAdjustment(
          DepositHarness.TENANT,
          "adj-key-1",
          new BigDecimal("-5.00"),
          "USD",
          "duplicate deposit",
          "platform_admin");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private DepositHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new DepositHarness(env);
  }

  @Test
  void adjustmentPostsToTheLedgerAndReturnsTheReceipt() {
    LedgerReceipt receipt = new LedgerReceipt("led_01JTESTADJUST00000000000", Money.usd("95.00"));
    when(harness.ledger.adjust(any())).thenReturn(receipt);

    assertThat(adjust(DEBIT)).isEqualTo(receipt);
    verify(harness.ledger).adjust(DEBIT);
  }

  @Test
  void debitBeyondTheBalanceFailsWithInsufficientFunds() {
    when(harness.ledger.adjust(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "wallet balance 1.00 USD does not cover 5.00 USD", "WALLET.INSUFFICIENT_FUNDS"));

    assertThatThrownBy(() -> adjust(DEBIT))
        .isInstanceOf(WorkflowFailedException.class)
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailureType(failure))
                    .contains("WALLET.INSUFFICIENT_FUNDS"));
  }

  private LedgerReceipt adjust(LedgerAdjustment adjustment) {
    return harness
        .client
        .newWorkflowStub(
            LedgerAdjustmentWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(WorkflowIds.adjustment(adjustment.tenantId(), "adj_1"))
                .setTaskQueue(TaskQueues.SHIPPING)
                .build())
        .adjust(adjustment);
  }
}
