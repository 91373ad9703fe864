package com.parceliq.api.wallet;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.support.ScriptedDepositWorkflow;
import com.parceliq.api.support.TestTemporal;
import com.parceliq.api.temporal.WorkflowWait;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.wallet.DepositRequest;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The deposit workflow call, against the in-memory Temporal service. */
class WalletDepositCallsTest {

  private TestWorkflowEnvironment temporal;
  private WalletDeposits deposits;

  @BeforeEach
  void startTemporal() {
    temporal = TestTemporal.start();
    deposits = new WalletDeposits();
    deposits.client = temporal.getWorkflowClient();
    deposits.wait = new WorkflowWait(Duration.ofSeconds(10));
    ScriptedDepositWorkflow.POSTINGS.set(0);
  }

  @AfterEach
  void stopTemporal() {
    temporal.close();
  }

  @Test
  void depositAnswersWithTheLedgerReceipt() {
    LedgerReceipt receipt = deposits.deposit(request("dep_a"));

    assertThat(receipt.entryId()).isEqualTo("led_a");
    assertThat(receipt.walletBalance()).isEqualTo(Money.usd("25.00"));
  }

  @Test
  void retriedDepositReadsTheFirstResultAndPostsOnce() {
    LedgerReceipt first = deposits.deposit(request("dep_a"));
    LedgerReceipt retried = deposits.deposit(request("dep_a"));

    assertThat(retried).isEqualTo(first);
    assertThat(ScriptedDepositWorkflow.POSTINGS).hasValue(1);
  }

  private static DepositRequest request(String depositId) {
    return new DepositRequest("ten_1", depositId, Money.usd("25.00"), "key-" + depositId);
  }
}
