package com.parceliq.workflows.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Money;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replays a recorded deposit; records it again with {@code -Dparceliq.record-histories=true}. */
class WalletDepositHistoryTest {

  private static final String DEPOSIT = "wallet-deposit";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedDepositReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(DEPOSIT), env, WalletDepositWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordDeposit(TestWorkflowEnvironment env) {
    DepositHarness harness = new DepositHarness(env);
    when(harness.ledger.deposit(any()))
        .thenReturn(new LedgerReceipt("led_01JTESTDEPOSIT0000000000", Money.usd("100.00")));
    harness.deposit(DepositHarness.request());

    assertThat(RecordedHistories.record(harness.client, DepositHarness.workflowId(), DEPOSIT))
        .exists();
  }
}
