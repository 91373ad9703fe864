package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TRACKING_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.LabelReroute;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.RerouteOutcome;
import com.parceliq.workflows.ports.RerouteRecord;
import com.parceliq.workflows.ports.ShipmentFee;
import com.parceliq.workflows.ports.WalletPosting;
import io.temporal.api.enums.v1.EventType;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.List;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

class ShipmentRerouteTest {

  private static final String REROUTE_KEYS = TENANT + ":" + SHIPMENT + ":reroute:reroute-1";
  private static final Money FEE = Money.usd("7.50");
  private static final Address OAKLAND =
      new Address(
          "Grace Receiver", null, "1 Broadway", null, "Oakland", "CA", "94607", "US", null, null);

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
    when(harness.carrier.reroute(any())).thenReturn(new RerouteOutcome(TRACKING_CODE, FEE));
    when(harness.ledger.chargeRerouteFee(any()))
        .thenReturn(new LedgerReceipt("led_01JTESTREROUTE0000000000", Money.usd("80.16")));
  }

  @Test
  void acceptedRerouteChargesTheCarriersFeeOnceAndChangesTheDestination() {
    ShipmentWorkflow shipment = purchased();

    ShipmentSnapshot rerouted = shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1"));

    assertThat(rerouted.status()).isEqualTo("rerouted");
    ArgumentCaptor<LabelReroute> asked = ArgumentCaptor.forClass(LabelReroute.class);
    verify(harness.carrier).reroute(asked.capture());
    assertThat(asked.getValue().idempotencyKey()).isEqualTo(REROUTE_KEYS + ":carrier");
    assertThat(asked.getValue().trackingCode()).isEqualTo(TRACKING_CODE);
    assertThat(asked.getValue().newDestination()).isEqualTo(OAKLAND);
    assertThat(asked.getValue().reference()).isEqualTo("order-1001");
    ArgumentCaptor<WalletPosting> fee = ArgumentCaptor.forClass(WalletPosting.class);
    verify(harness.ledger, times(1)).chargeRerouteFee(fee.capture());
    assertThat(fee.getValue().idempotencyKey()).isEqualTo(REROUTE_KEYS + ":fee");
    assertThat(fee.getValue().amount()).isEqualTo(FEE);
    assertThat(fee.getValue().shipmentId()).isEqualTo(SHIPMENT);
    verify(harness.records)
        .recordReroute(
            new RerouteRecord(
                TENANT, SHIPMENT, "rerouted", OAKLAND, List.of(ShipmentFee.reroute(FEE))));
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("rerouted");
  }

  @Test
  void interceptFailedAtTheCarrierChargesNothingAndKeepsTheDestination() {
    when(harness.carrier.reroute(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "the carrier could not intercept this parcel", "CARRIER.REJECTED"));
    ShipmentWorkflow shipment = purchased();

    assertRefused(
        () -> shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1")),
        "CARRIER.REJECTED",
        "the carrier could not intercept this parcel");
    // The same key gets the same answer without asking the carrier again.
    assertRefused(
        () -> shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1")),
        "CARRIER.REJECTED",
        "the carrier could not intercept this parcel");

    verify(harness.carrier, times(1)).reroute(any());
    verify(harness.ledger, never()).chargeRerouteFee(any());
    verify(harness.records, never()).recordReroute(any());
    assertThat(shipment.snapshot().status()).isEqualTo("purchased");
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("purchased");
  }

  @Test
  void rerouteBeforePurchaseIsRefusedByTheValidator() {
    ShipmentWorkflow shipment = harness.createAndRate();
    long acceptedBefore =
        harness.historyEvents(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED);

    assertRefused(
        () -> shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1")),
        "SHIPMENT.INVALID_STATE",
        "only purchased or in_transit shipments can be rerouted");

    verify(harness.carrier, never()).reroute(any());
    assertThat(shipment.snapshot().status()).isEqualTo("rated");
    // A validator's refusal never reaches history.
    assertThat(harness.historyEvents(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_UPDATE_ACCEPTED))
        .isEqualTo(acceptedBefore);
  }

  @Test
  void repeatedRerouteWithTheSameKeyChangesNothing() {
    ShipmentWorkflow shipment = purchased();
    ShipmentSnapshot first = shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1"));

    ShipmentSnapshot again = shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1"));

    assertThat(again).isEqualTo(first);
    verify(harness.carrier, times(1)).reroute(any());
    verify(harness.ledger, times(1)).chargeRerouteFee(any());
    verify(harness.records, times(1)).recordReroute(any());
  }

  @Test
  void aSecondRerouteWithAnotherKeyIsRefusedOnceRerouted() {
    ShipmentWorkflow shipment = purchased();
    shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1"));

    assertRefused(
        () -> shipment.reroute(new RerouteShipment(OAKLAND, "reroute-2")),
        "SHIPMENT.INVALID_STATE",
        "shipment is rerouted");
    verify(harness.ledger, times(1)).chargeRerouteFee(any());
  }

  private ShipmentWorkflow purchased() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));
    return shipment;
  }

  private static void assertRefused(ThrowingCallable call, String code, String message) {
    assertThatThrownBy(call)
        .satisfies(
            failure ->
                assertThat(TemporalFailures.applicationFailure(failure, type -> true))
                    .hasValueSatisfying(
                        refusal -> {
                          assertThat(refusal.getType()).isEqualTo(code);
                          assertThat(refusal.getOriginalMessage()).contains(message);
                        }));
  }
}
