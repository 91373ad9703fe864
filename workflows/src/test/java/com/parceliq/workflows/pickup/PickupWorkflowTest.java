package com.parceliq.workflows.pickup;

import static com.parceliq.workflows.pickup.PickupHarness.CONFIRMED;
import static com.parceliq.workflows.pickup.PickupHarness.PICKUP;
import static com.parceliq.workflows.pickup.PickupHarness.STANDARD;
import static com.parceliq.workflows.pickup.PickupHarness.STANDARD_FEE;
import static com.parceliq.workflows.pickup.PickupHarness.TENANT;
import static com.parceliq.workflows.pickup.PickupHarness.WINDOW_END;
import static com.parceliq.workflows.pickup.PickupHarness.buy;
import static com.parceliq.workflows.pickup.PickupHarness.cancel;
import static com.parceliq.workflows.pickup.PickupHarness.refusalCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.ErrorCode;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.PickupCancel;
import com.parceliq.workflows.ports.PickupFeeSettlement;
import com.parceliq.workflows.ports.PickupPosting;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

class PickupWorkflowTest {

  private static final String BUY_KEYS = TENANT + ":" + PICKUP + ":pickup:buy-1";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private PickupHarness harness;
  private TestWorkflowEnvironment env;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    this.env = env;
    harness = new PickupHarness(env);
  }

  @Test
  void creationRecordsThePickupWithTheCarriersRates() {
    PickupSnapshot created = harness.create().snapshot();

    assertThat(created.status()).isEqualTo("unknown");
    assertThat(created.rates()).containsExactly(STANDARD, PickupHarness.PRIORITY);
    assertThat(created.confirmation()).isNull();
    verify(harness.records).recordPickupCreated(PickupHarness.newPickup(), created.rates());
  }

  @Test
  void carrierWithoutPickupsFailsTheCreationAndRecordsNothing() {
    when(harness.carrier.quotePickup(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "no pickups", ErrorCode.CARRIER_UNSUPPORTED.code()));

    Throwable failure = catchThrowable(harness::create);

    assertThat(refusalCode(failure)).isEqualTo(ErrorCode.CARRIER_UNSUPPORTED.code());
    verify(harness.records, never()).recordPickupCreated(any(), any());
  }

  @Test
  void buyHoldsSchedulesSettlesRecordsAndAnnouncesInThatOrder() {
    PickupWorkflow pickup = harness.create();

    PickupSnapshot bought = buy(pickup, "standard", "buy-1");

    assertThat(bought.status()).isEqualTo("scheduled");
    assertThat(bought.confirmation()).isEqualTo(CONFIRMED.confirmation());
    assertThat(bought.fee()).isEqualTo(STANDARD_FEE);
    InOrder order = inOrder(harness.ledger, harness.carrier, harness.records, harness.events);
    order
        .verify(harness.ledger)
        .holdPickupFee(
            new PickupPosting(
                TENANT, PICKUP, BUY_KEYS + ":hold", STANDARD_FEE, "Hold for pickup " + PICKUP));
    order.verify(harness.carrier).schedulePickup(any(), eq("standard"), eq(BUY_KEYS + ":schedule"));
    ArgumentCaptor<PickupFeeSettlement> settlement =
        ArgumentCaptor.forClass(PickupFeeSettlement.class);
    order.verify(harness.ledger).settlePickupFee(settlement.capture());
    order.verify(harness.records).recordPickupScheduled(TENANT, PICKUP, STANDARD, CONFIRMED);
    ArgumentCaptor<DomainEvent> event = ArgumentCaptor.forClass(DomainEvent.class);
    order.verify(harness.events).emit(event.capture());
    assertThat(settlement.getValue().idempotencyKey()).isEqualTo(BUY_KEYS + ":settle");
    assertThat(settlement.getValue().charged()).isEqualTo(STANDARD_FEE);
    assertThat(event.getValue().type()).isEqualTo("pickup.scheduled");
    assertThat(event.getValue().factKey()).isEqualTo("pickup:" + PICKUP + ":scheduled");
    assertThat(event.getValue().data()).containsEntry("confirmation", "PU12345678");
    verify(harness.ledger, never()).releasePickupHold(any());
  }

  @Test
  void shortWalletSchedulesNothing() {
    PickupWorkflow pickup = harness.create();
    when(harness.ledger.holdPickupFee(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "wallet balance 0.00 USD does not cover 4.50 USD",
                ErrorCode.WALLET_INSUFFICIENT_FUNDS.code()));

    Throwable failure = catchThrowable(() -> buy(pickup, "standard", "buy-1"));

    assertThat(refusalCode(failure)).isEqualTo(ErrorCode.WALLET_INSUFFICIENT_FUNDS.code());
    verify(harness.carrier, never()).schedulePickup(any(), anyString(), anyString());
    verify(harness.ledger, never()).settlePickupFee(any());
    assertThat(pickup.snapshot().status()).isEqualTo("unknown");
  }

  @Test
  void carrierRefusalReleasesTheHoldAndLeavesThePickupBuyable() {
    PickupWorkflow pickup = harness.create();
    when(harness.carrier.schedulePickup(any(), eq("standard"), anyString()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "no driver that day", ErrorCode.CARRIER_REJECTED.code()));

    Throwable failure = catchThrowable(() -> buy(pickup, "standard", "buy-1"));

    assertThat(refusalCode(failure)).isEqualTo(ErrorCode.CARRIER_REJECTED.code());
    ArgumentCaptor<PickupPosting> release = ArgumentCaptor.forClass(PickupPosting.class);
    verify(harness.ledger).releasePickupHold(release.capture());
    assertThat(release.getValue().idempotencyKey()).isEqualTo(BUY_KEYS + ":release");
    verify(harness.carrier, never()).cancelPickup(any());
    verify(harness.ledger, never()).refundPickupFee(any());
    assertThat(pickup.snapshot().status()).isEqualTo("unknown");
  }

  @Test
  void secondBuyIsRefusedAsInvalidState() {
    PickupWorkflow pickup = harness.create();
    buy(pickup, "standard", "buy-1");

    Throwable failure = catchThrowable(() -> buy(pickup, "priority", "buy-2"));

    assertThat(refusalCode(failure)).isEqualTo(ErrorCode.PICKUP_INVALID_STATE.code());
    verify(harness.ledger, times(1)).holdPickupFee(any());
    verify(harness.carrier, times(1)).schedulePickup(any(), anyString(), anyString());
  }

  @Test
  void buyingAServiceNotOfferedIsRefusedBeforeAnyPosting() {
    PickupWorkflow pickup = harness.create();

    Throwable failure = catchThrowable(() -> buy(pickup, "teleport", "buy-1"));

    assertThat(refusalCode(failure)).isEqualTo(ErrorCode.RATE_NOT_FOUND.code());
    verify(harness.ledger, never()).holdPickupFee(any());
  }

  @Test
  void cancelOfAScheduledPickupCancelsAtTheCarrierRefundsTheFeeAndEndsTheWorkflow() {
    PickupWorkflow pickup = harness.create();
    buy(pickup, "standard", "buy-1");

    PickupSnapshot canceled = cancel(pickup, "cancel-1");

    String cancelKeys = TENANT + ":" + PICKUP + ":pickup-cancel:cancel-1";
    assertThat(canceled.status()).isEqualTo("canceled");
    verify(harness.carrier)
        .cancelPickup(
            new PickupCancel(TENANT, "sandbox", null, "PU12345678", cancelKeys + ":cancel"));
    ArgumentCaptor<PickupPosting> refund = ArgumentCaptor.forClass(PickupPosting.class);
    verify(harness.ledger).refundPickupFee(refund.capture());
    assertThat(refund.getValue().idempotencyKey()).isEqualTo(cancelKeys + ":refund");
    assertThat(refund.getValue().amount()).isEqualTo(STANDARD_FEE);
    verify(harness.records).recordPickupCanceled(TENANT, PICKUP);
    harness.untyped().getResult(Void.class);
  }

  @Test
  void cancelOfAPickupNeverBoughtTouchesNeitherCarrierNorWallet() {
    PickupWorkflow pickup = harness.create();

    PickupSnapshot canceled = cancel(pickup, "cancel-1");

    assertThat(canceled.status()).isEqualTo("canceled");
    verify(harness.carrier, never()).cancelPickup(any());
    verify(harness.ledger, never()).refundPickupFee(any());
  }

  @Test
  void workflowEndsADayAfterTheWindowAndRefusesBuyingOnceTheWindowPassed() {
    PickupWorkflow pickup = harness.create();
    Duration toWindowEnd =
        Duration.between(java.time.Instant.ofEpochMilli(env.currentTimeMillis()), WINDOW_END);
    env.sleep(toWindowEnd.plusMinutes(1));

    Throwable late = catchThrowable(() -> buy(pickup, "standard", "buy-late"));
    env.sleep(PickupWorkflowImpl.AFTER_WINDOW);

    assertThat(refusalCode(late)).isEqualTo(ErrorCode.PICKUP_INVALID_STATE.code());
    harness.untyped().getResult(Void.class);
    assertThat(harness.untyped().describe().getWorkflowExecutionInfo().getStatus())
        .isEqualTo(WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED);
    verify(harness.ledger, never()).holdPickupFee(any());
  }
}
