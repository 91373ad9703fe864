package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_PRICE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TRACKING_CODE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.keyOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.VoidOutcome;
import com.parceliq.workflows.ports.WalletPosting;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** A purchase that fails part-way undoes what it did and leaves the shipment rated. */
class PurchaseCompensationTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
  }

  @Test
  void carrierRejectionReleasesTheHoldChargesNothingAndKeepsTheShipmentRated() {
    when(harness.carrier.purchaseLabel(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "address rejected: street1 not found", "CARRIER.REJECTED"));
    ShipmentWorkflow shipment = harness.createAndRate();

    assertFailsWith(
        () -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")),
        "CARRIER.REJECTED",
        "address rejected: street1 not found");

    verify(harness.carrier, times(1)).purchaseLabel(any());
    ArgumentCaptor<WalletPosting> release = ArgumentCaptor.forClass(WalletPosting.class);
    verify(harness.ledger).releaseHold(release.capture());
    assertThat(release.getValue().idempotencyKey()).isEqualTo(keyOf("key-1", "release"));
    assertThat(release.getValue().amount()).isEqualTo(GROUND_PRICE);
    verify(harness.ledger, never()).settleLabel(any());
    verify(harness.ledger, never()).refundLabel(any());
    verify(harness.carrier, never()).voidLabel(any());
    verify(harness.records, never()).recordPurchase(any());
    verify(harness.records)
        .recordStatus(
            TENANT,
            SHIPMENT,
            "rated",
            false,
            "CARRIER.REJECTED",
            "address rejected: street1 not found");

    ShipmentSnapshot snapshot = shipment.snapshot();
    assertThat(snapshot.status()).isEqualTo("rated");
    assertThat(snapshot.lastErrorCode()).isEqualTo("CARRIER.REJECTED");
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("rated");
  }

  @Test
  void retryingARejectedKeyReplaysTheRejectionWithoutCharging() {
    when(harness.carrier.purchaseLabel(any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("rejected", "CARRIER.REJECTED"));
    ShipmentWorkflow shipment = harness.createAndRate();
    assertFailsWith(
        () -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")), "CARRIER.REJECTED", "rejected");

    assertFailsWith(
        () -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")), "CARRIER.REJECTED", "rejected");

    verify(harness.ledger, times(1)).holdFunds(any());
    verify(harness.carrier, times(1)).purchaseLabel(any());
  }

  @Test
  void anotherKeyCanBuyAfterARejection() {
    when(harness.carrier.purchaseLabel(any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("rejected", "CARRIER.REJECTED"))
        .thenReturn(ShipmentFixtures.label());
    ShipmentWorkflow shipment = harness.createAndRate();
    assertFailsWith(
        () -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")), "CARRIER.REJECTED", "rejected");

    ShipmentSnapshot bought = shipment.buy(new BuyLabel(GROUND_RATE, "key-2"));

    assertThat(bought.status()).isEqualTo("purchased");
    assertThat(bought.lastErrorCode()).isNull();
  }

  @Test
  void insufficientFundsNeverCallsTheCarrierNorCharges() {
    when(harness.ledger.holdFunds(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "wallet balance 5.00 USD does not cover 12.34 USD", "WALLET.INSUFFICIENT_FUNDS"));
    ShipmentWorkflow shipment = harness.createAndRate();

    assertFailsWith(
        () -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")),
        "WALLET.INSUFFICIENT_FUNDS",
        "wallet balance 5.00 USD does not cover 12.34 USD");

    verify(harness.carrier, never()).purchaseLabel(any());
    verify(harness.ledger, never()).settleLabel(any());
    verify(harness.ledger, never()).refundLabel(any());
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
  }

  @Test
  void storageAndLedgerOutagesAreRetriedUntilThePurchaseCompletes() {
    RuntimeException outage = new IllegalStateException("connection refused");
    when(harness.labelStorage.storeLabel(anyString(), anyString(), anyString(), any()))
        .thenThrow(outage, outage)
        .thenReturn(ShipmentFixtures.storedLabel());
    when(harness.ledger.settleLabel(any()))
        .thenThrow(outage)
        .thenReturn(ShipmentFixtures.chargeReceipt());
    ShipmentWorkflow shipment = harness.createAndRate();

    assertThat(shipment.buy(new BuyLabel(GROUND_RATE, "key-1")).status()).isEqualTo("purchased");

    verify(harness.labelStorage, times(3)).storeLabel(anyString(), anyString(), anyString(), any());
    verify(harness.ledger, times(2)).settleLabel(any());
    verify(harness.carrier, never()).voidLabel(any());
    verify(harness.ledger, never()).releaseHold(any());
  }

  @Test
  void permanentFailureAfterTheCarrierPurchaseVoidsTheLabelThenReleasesTheHold() {
    when(harness.labelStorage.storeLabel(anyString(), anyString(), anyString(), any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "bucket parceliq-labels does not exist", "STORAGE.BUCKET_MISSING"));
    ShipmentWorkflow shipment = harness.createAndRate();

    assertFailsWith(
        () -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")),
        "INTERNAL.ERROR",
        "bucket parceliq-labels does not exist");

    InOrder undo = inOrder(harness.carrier, harness.ledger);
    ArgumentCaptor<LabelVoid> voided = ArgumentCaptor.forClass(LabelVoid.class);
    undo.verify(harness.carrier).voidLabel(voided.capture());
    undo.verify(harness.ledger).refundLabel(any());
    ArgumentCaptor<WalletPosting> release = ArgumentCaptor.forClass(WalletPosting.class);
    undo.verify(harness.ledger).releaseHold(release.capture());
    assertThat(release.getValue().amount()).isEqualTo(GROUND_PRICE);
    verify(harness.ledger, never()).settleLabel(any());
    assertThat(voided.getValue().idempotencyKey()).isEqualTo(keyOf("key-1", "void"));
    assertThat(voided.getValue().trackingCode()).isEqualTo(TRACKING_CODE);
    assertThat(voided.getValue().carrierShipmentId()).isEqualTo("sbx_shp_000123");
    verify(harness.records, never()).recordPurchase(any());
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
    assertThat(shipment.snapshot().trackingCode()).isNull();
  }

  @Test
  void voidRefusedDuringCompensationParksWithoutRefunding() {
    when(harness.labelStorage.storeLabel(anyString(), anyString(), anyString(), any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("storage broken", "STORAGE.FAILED"));
    doThrow(ApplicationFailure.newNonRetryableFailure("label already scanned", "CARRIER.REJECTED"))
        .when(harness.carrier)
        .voidLabel(any());
    ShipmentWorkflow shipment = harness.createAndRate();

    startBuyAndAwaitParking(shipment);

    assertThat(shipment.snapshot().lastErrorCode()).isEqualTo("CARRIER.REJECTED");
    assertThat(harness.searchAttribute(SearchAttributes.NEEDS_ATTENTION)).isTrue();
    verify(harness.ledger, never()).refundLabel(any());
    verify(harness.ledger, never()).releaseHold(any());
    assertParkedOnTheRefusedVoid();
  }

  @Test
  void voidAnsweredRejectedDuringCompensationParksWithoutRefunding() {
    when(harness.labelStorage.storeLabel(anyString(), anyString(), anyString(), any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("storage broken", "STORAGE.FAILED"));
    when(harness.carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REJECTED, "label already scanned"));
    ShipmentWorkflow shipment = harness.createAndRate();

    startBuyAndAwaitParking(shipment);

    assertThat(shipment.snapshot().lastErrorCode()).isEqualTo("CARRIER.REJECTED");
    verify(harness.ledger, never()).refundLabel(any());
    assertParkedOnTheRefusedVoid();
  }

  @Test
  void operatorCancelAfterARefusedVoidReleasesTheHoldWithoutRefunding() {
    when(harness.labelStorage.storeLabel(anyString(), anyString(), anyString(), any()))
        .thenThrow(ApplicationFailure.newNonRetryableFailure("storage broken", "STORAGE.FAILED"));
    when(harness.carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REJECTED, "label already scanned"));
    ShipmentWorkflow shipment = harness.createAndRate();
    var buy = startBuyAndAwaitParking(shipment);

    shipment.operatorDecision(OperatorDecision.cancel());

    assertThatThrownBy(buy::getResult);
    ArgumentCaptor<WalletPosting> release = ArgumentCaptor.forClass(WalletPosting.class);
    verify(harness.ledger).releaseHold(release.capture());
    assertThat(release.getValue().idempotencyKey()).isEqualTo(keyOf("key-1", "release"));
    verify(harness.ledger, never()).refundLabel(any());
    verify(harness.ledger, never()).settleLabel(any());
    assertThat(shipment.snapshot().needsAttention()).isFalse();
  }

  /** Starts a buy without waiting for it and returns once the shipment is parked. */
  private WorkflowUpdateHandle<ShipmentSnapshot> startBuyAndAwaitParking(
      ShipmentWorkflow shipment) {
    WorkflowUpdateHandle<ShipmentSnapshot> buy =
        harness
            .untyped()
            .startUpdate(
                "buy",
                WorkflowUpdateStage.ACCEPTED,
                ShipmentSnapshot.class,
                new BuyLabel(GROUND_RATE, "key-1"));
    Eventually.holds(harness, () -> shipment.snapshot().needsAttention());
    return buy;
  }

  private void assertParkedOnTheRefusedVoid() {
    verify(harness.records)
        .recordStatus(
            eq(TENANT),
            eq(SHIPMENT),
            eq("rated"),
            eq(true),
            eq("CARRIER.REJECTED"),
            contains("label already scanned"));
  }

  private static void assertFailsWith(ThrowingCallable call, String code, String message) {
    assertThatThrownBy(call)
        .satisfies(
            failure -> {
              assertThat(TemporalFailures.applicationFailureType(failure)).contains(code);
              assertThat(TemporalFailures.originalMessage(failure)).isEqualTo(message);
            });
  }
}
