package com.parceliq.workflows.wallet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Money;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LedgerReceipt;
import io.temporal.client.WorkflowFailedException;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class WalletDepositWorkflowTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private DepositHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new DepositHarness(env);
  }

  @Test
  void depositPostsToTheLedgerAndReturnsTheReceipt() {
    LedgerReceipt receipt = new LedgerReceipt("led_01JTESTDEPOSIT0000000000", Money.usd("100.00"));
    when(harness.ledger.deposit(any())).thenReturn(receipt);

    LedgerReceipt answered = harness.deposit(DepositHarness.request());

    assertThat(answered).isEqualTo(receipt);
    verify(harness.ledger).deposit(DepositHarness.request());
    assertThat(
            harness.untyped().describe().getTypedSearchAttributes().get(SearchAttributes.TENANT_ID))
        .isEqualTo(DepositHarness.TENANT);
  }

  @Test
  void unsupportedCurrencyFailsWithItsCode() {
    when(harness.ledger.deposit(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "wallets hold USD only", "WALLET.CURRENCY_UNSUPPORTED"));

    assertThatThrownBy(() -> harness.deposit(DepositHarness.request()))
        .isInstanceOf(WorkflowFailedException.class)
        .satisfies(
            failure -> {
              assertThat(TemporalFailures.applicationFailureType(failure))
                  .contains("WALLET.CURRENCY_UNSUPPORTED");
              assertThat(TemporalFailures.originalMessage(failure))
                  .isEqualTo("wallets hold USD only");
            });
  }
}
