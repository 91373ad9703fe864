package com.parceliq.api.temporal;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.api.support.ScriptedDepositWorkflow;
import com.parceliq.api.support.TestTemporal;
import com.parceliq.domain.Money;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.wallet.DepositRequest;
import com.parceliq.workflows.wallet.WalletDepositWorkflow;
import io.temporal.testing.TestWorkflowEnvironment;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A posting workflow (a deposit) started or joined, against the in-memory Temporal service. */
class PostingWorkflowCallsTest {

  private TestWorkflowEnvironment temporal;
  private PostingWorkflows postings;

  @BeforeEach
  void startTemporal() {
    temporal = TestTemporal.start();
    postings = new PostingWorkflows();
    postings.client = temporal.getWorkflowClient();
    postings.wait = new WorkflowWait(Duration.ofSeconds(10));
    ScriptedDepositWorkflow.POSTINGS.set(0);
  }

  @AfterEach
  void stopTemporal() {
    temporal.close();
  }

  @Test
  void depositAnswersWithTheLedgerReceipt() {
    LedgerReceipt receipt = deposit("dep_a");

    assertThat(receipt.entryId()).isEqualTo("led_a");
    assertThat(receipt.walletBalance()).isEqualTo(Money.usd("25.00"));
  }

  @Test
  void retriedDepositReadsTheFirstResultAndPostsOnce() {
    LedgerReceipt first = deposit("dep_a");
    LedgerReceipt retried = deposit("dep_a");

    assertThat(retried).isEqualTo(first);
    assertThat(ScriptedDepositWorkflow.POSTINGS).hasValue(1);
  }

  private LedgerReceipt deposit(String depositId) {
    return postings.run(
        WalletDepositWorkflow.class,
        "deposit:ten_1:" + depositId,
        "ten_1",
        workflow -> workflow::deposit,
        new DepositRequest("ten_1", depositId, Money.usd("25.00"), "key-" + depositId),
        "The deposit");
  }
}
