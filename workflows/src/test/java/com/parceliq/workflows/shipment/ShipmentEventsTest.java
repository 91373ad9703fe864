package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TRACKING_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.domain.Address;
import com.parceliq.domain.Money;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.LedgerReceipt;
import com.parceliq.workflows.ports.RerouteOutcome;
import com.parceliq.workflows.ports.VoidOutcome;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The domain events of the shipment workflow: one per fact, after the fact is recorded. */
class ShipmentEventsTest {

  private static final String FACT = "shipment:" + SHIPMENT + ":";
  private static final Address OAKLAND =
      new Address(
          "Grace Receiver", null, "1 Broadway", null, "Oakland", "CA", "94607", "US", null, null);

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    harness = new ShipmentHarness(env);
  }

  @Test
  void creationIsAnnouncedAfterTheShipmentIsRecorded() {
    harness.create();

    InOrder order = inOrder(harness.records, harness.events);
    order.verify(harness.records).recordCreated(ShipmentFixtures.newShipment());
    order.verify(harness.events).emit(argThat(event -> event.type().equals("shipment.created")));
    DomainEvent created = only("shipment.created");
    assertThat(created.tenantId()).isEqualTo(TENANT);
    assertThat(created.shipmentId()).isEqualTo(SHIPMENT);
    assertThat(created.factKey()).isEqualTo(FACT + "created");
    assertThat(created.data())
        .containsEntry("object", "Shipment")
        .containsEntry("id", SHIPMENT)
        .containsEntry("status", "created")
        .containsEntry("reference", "order-1001")
        .containsEntry("tracking_code", null);
  }

  @Test
  void purchaseIsAnnouncedOnceWithTheLabelEvenWhenTheBuyIsRepeated() {
    ShipmentWorkflow shipment = harness.createAndRate();

    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));

    InOrder order = inOrder(harness.records, harness.events);
    order.verify(harness.records).recordPurchase(any());
    order.verify(harness.events).emit(argThat(event -> event.type().equals("shipment.purchased")));
    DomainEvent purchased = only("shipment.purchased");
    assertThat(purchased.factKey()).isEqualTo(FACT + "purchased");
    assertThat(purchased.data())
        .containsEntry("status", "purchased")
        .containsEntry("carrier", "sandbox")
        .containsEntry("service", "ground")
        .containsEntry("tracking_code", TRACKING_CODE)
        .containsEntry("selected_rate_id", GROUND_RATE)
        .containsEntry("label_amount", "12.34")
        .containsEntry("label_currency", "USD")
        .containsEntry("refund_status", null)
        .containsEntry("fees", List.of());
  }

  @Test
  void aPurchaseTheCarrierRejectsAnnouncesNothing() {
    when(harness.carrier.purchaseLabel(any()))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure("address rejected", "CARRIER.REJECTED"));
    ShipmentWorkflow shipment = harness.createAndRate();

    assertThatThrownBy(() -> shipment.buy(new BuyLabel(GROUND_RATE, "key-1")));

    assertThat(emitted()).extracting(DomainEvent::type).containsExactly("shipment.created");
  }

  @Test
  void anImmediateRefundAnnouncesTheVoidThenTheRefund() {
    ShipmentWorkflow shipment = purchased();

    shipment.voidLabel(new VoidLabel("void-1"));

    assertThat(emitted())
        .extracting(DomainEvent::type)
        .containsExactly(
            "shipment.created", "shipment.purchased", "shipment.voided", "shipment.refunded");
    assertThat(only("shipment.voided").data())
        .containsEntry("status", "voided")
        .containsEntry("refund_status", "refunded");
    assertThat(only("shipment.refunded").factKey()).isEqualTo(FACT + "refunded");
  }

  @Test
  void aDelayedRefundIsAnnouncedOnceAfterTheWalletIsCredited() {
    when(harness.carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.SUBMITTED, "refund pending"));
    when(harness.carrier.refundStatus(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.SUBMITTED, "refund pending"))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REFUNDED, "refund confirmed"));
    ShipmentWorkflow shipment = purchased();

    shipment.voidLabel(new VoidLabel("void-1"));
    assertThat(emitted()).extracting(DomainEvent::type).doesNotContain("shipment.refunded");
    assertThat(only("shipment.voided").data()).containsEntry("refund_status", "submitted");

    harness.untyped().getResult(Void.class);

    InOrder order = inOrder(harness.ledger, harness.events);
    order.verify(harness.ledger).refundLabel(any());
    order.verify(harness.events).emit(argThat(event -> event.type().equals("shipment.refunded")));
    assertThat(only("shipment.refunded").data())
        .containsEntry("status", "voided")
        .containsEntry("refund_status", "refunded");
    assertThat(only("shipment.voided").data()).containsEntry("refund_status", "submitted");
  }

  @Test
  void aVoidTheCarrierRejectsAnnouncesNothing() {
    when(harness.carrier.voidLabel(any()))
        .thenReturn(new VoidOutcome(VoidOutcome.Refund.REJECTED, "label already scanned"));
    ShipmentWorkflow shipment = purchased();

    shipment.voidLabel(new VoidLabel("void-1"));

    assertThat(emitted())
        .extracting(DomainEvent::type)
        .containsExactly("shipment.created", "shipment.purchased");
  }

  @Test
  void aRerouteIsAnnouncedOncePerClientKeyWithTheNewDestinationAndFee() {
    when(harness.carrier.reroute(any()))
        .thenReturn(new RerouteOutcome(TRACKING_CODE, Money.usd("7.50")));
    when(harness.ledger.chargeRerouteFee(any()))
        .thenReturn(new LedgerReceipt("led_01JTESTREROUTE0000000000", Money.usd("80.16")));
    ShipmentWorkflow shipment = purchased();

    shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1"));
    shipment.reroute(new RerouteShipment(OAKLAND, "reroute-1"));

    InOrder order = inOrder(harness.records, harness.events);
    order.verify(harness.records).recordReroute(any());
    order.verify(harness.events).emit(argThat(event -> event.type().equals("shipment.rerouted")));
    DomainEvent rerouted = only("shipment.rerouted");
    assertThat(rerouted.factKey()).isEqualTo(FACT + "rerouted:reroute-1");
    assertThat(rerouted.data()).containsEntry("status", "rerouted");
    assertThat(rerouted.data().get("to_address"))
        .isEqualTo(addressOf("Grace Receiver", "1 Broadway", "Oakland", "CA", "94607", "US"));
    assertThat(rerouted.data().get("fees"))
        .isEqualTo(List.of(Map.of("type", "reroute_fee", "amount", "7.50", "currency", "USD")));
  }

  private ShipmentWorkflow purchased() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));
    return shipment;
  }

  /** Every event the workflow emitted, in order. */
  private List<DomainEvent> emitted() {
    ArgumentCaptor<DomainEvent> events = ArgumentCaptor.forClass(DomainEvent.class);
    verify(harness.events, atLeast(0)).emit(events.capture());
    return events.getAllValues();
  }

  /** The one event of {@code type}; fails when there is none or more. */
  private DomainEvent only(String type) {
    List<DomainEvent> ofType =
        emitted().stream().filter(event -> event.type().equals(type)).toList();
    assertThat(ofType).as("events of type %s", type).hasSize(1);
    return ofType.get(0);
  }

  private static Map<String, Object> addressOf(
      String name, String street1, String city, String state, String zip, String country) {
    Map<String, Object> address = new LinkedHashMap<>();
    address.put("name", name);
    address.put("company", null);
    address.put("street1", street1);
    address.put("street2", null);
    address.put("city", city);
    address.put("state", state);
    address.put("zip", zip);
    address.put("country", country);
    address.put("phone", null);
    address.put("email", null);
    return address;
  }
}
