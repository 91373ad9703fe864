package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.contains;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.Collections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A carrier that keeps failing parks the purchase until an operator decides. */
class ShipmentParkingTest {

  private static final ApplicationFailure OUTAGE =
      ApplicationFailure.newFailure("sandbox answered 503", "CARRIER.UNAVAILABLE");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;
  private ShipmentWorkflow shipment;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
    shipment = harness.createAndRate();
  }

  @Test
  void carrierOutageParksTheShipmentUntilAnOperatorRetries() {
    when(harness.carrier.purchaseLabel(any()))
        .thenThrow(outageOnEveryAttempt())
        .thenReturn(ShipmentFixtures.label());
    WorkflowUpdateHandle<ShipmentSnapshot> buy = startBuy("key-1");

    Eventually.holds(harness, () -> shipment.snapshot().needsAttention());

    verify(harness.carrier, times(ActivityPolicies.CARRIER_PURCHASE_ATTEMPTS)).purchaseLabel(any());
    assertThat(shipment.snapshot().lastErrorCode()).isEqualTo("CARRIER.UNAVAILABLE");
    assertThat(harness.searchAttribute(SearchAttributes.NEEDS_ATTENTION)).isTrue();
    verify(harness.records)
        .recordStatus(
            eq(TENANT),
            eq(SHIPMENT),
            eq("rated"),
            eq(true),
            eq("CARRIER.UNAVAILABLE"),
            contains("sandbox answered 503"));

    shipment.operatorDecision(OperatorDecision.retry());

    assertThat(buy.getResult().status()).isEqualTo("purchased");
    assertThat(shipment.snapshot().needsAttention()).isFalse();
    assertThat(harness.searchAttribute(SearchAttributes.NEEDS_ATTENTION)).isFalse();
    verify(harness.ledger, times(1)).holdFunds(any());
    verify(harness.ledger, never()).refundLabel(any());
  }

  @Test
  void parkedPurchaseIsFoundByTheCarrierItWasBuyingFrom() {
    when(harness.carrier.purchaseLabel(any())).thenThrow(OUTAGE);
    startBuy("key-1");

    Eventually.holds(harness, () -> shipment.snapshot().needsAttention());

    assertThat(harness.searchAttribute(SearchAttributes.CARRIER))
        .isEqualTo(ShipmentFixtures.CARRIER);
    assertThat(harness.searchAttribute(SearchAttributes.TENANT_ID)).isEqualTo(TENANT);
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_ID)).isEqualTo(SHIPMENT);
  }

  @Test
  void operatorCancelReleasesTheHoldAndKeepsTheShipmentRated() {
    when(harness.carrier.purchaseLabel(any())).thenThrow(OUTAGE);
    WorkflowUpdateHandle<ShipmentSnapshot> buy = startBuy("key-1");
    Eventually.holds(harness, () -> shipment.snapshot().needsAttention());

    shipment.operatorDecision(OperatorDecision.cancel());

    assertThatThrownBy(buy::getResult)
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailureType(failure))
                    .contains("CARRIER.UNAVAILABLE"));
    verify(harness.ledger).releaseHold(any());
    verify(harness.ledger, never()).settleLabel(any());
    verify(harness.carrier, never()).voidLabel(any());
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
    assertThat(shipment.snapshot().needsAttention()).isFalse();
  }

  @Test
  void buyingWhileParkedIsRefused() {
    when(harness.carrier.purchaseLabel(any())).thenThrow(OUTAGE);
    startBuy("key-1");
    Eventually.holds(harness, () -> shipment.snapshot().needsAttention());

    assertThatThrownBy(() -> shipment.buy(new BuyLabel(GROUND_RATE, "key-2")))
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailureType(failure))
                    .contains("SHIPMENT.INVALID_STATE"));
    verify(harness.ledger, times(1)).holdFunds(any());
  }

  @Test
  void decisionForAShipmentThatIsNotParkedIsIgnored() {
    shipment.operatorDecision(OperatorDecision.cancel());

    assertThat(shipment.buy(new BuyLabel(GROUND_RATE, "key-1")).status()).isEqualTo("purchased");
    verify(harness.ledger, never()).refundLabel(any());
  }

  private WorkflowUpdateHandle<ShipmentSnapshot> startBuy(String key) {
    return startBuy(new BuyLabel(GROUND_RATE, key));
  }

  private WorkflowUpdateHandle<ShipmentSnapshot> startBuy(BuyLabel request) {
    return harness
        .untyped()
        .startUpdate("buy", WorkflowUpdateStage.ACCEPTED, ShipmentSnapshot.class, request);
  }

  @Test
  void purchaseParksAfterTheAttemptsItAskedFor() {
    when(harness.carrier.purchaseLabel(any())).thenThrow(OUTAGE);

    startBuy(new BuyLabel(GROUND_RATE, "key-1", 3));
    Eventually.holds(harness, () -> shipment.snapshot().needsAttention());

    verify(harness.carrier, times(3)).purchaseLabel(any());
    assertThat(shipment.snapshot().lastErrorMessage()).contains("after 3 attempts");
  }

  private static Throwable[] outageOnEveryAttempt() {
    return Collections.nCopies(ActivityPolicies.CARRIER_PURCHASE_ATTEMPTS, OUTAGE)
        .toArray(new Throwable[0]);
  }
}
