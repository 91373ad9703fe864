package com.parceliq.workflows.shipment;

import static com.parceliq.workflows.shipment.ShipmentFixtures.GROUND_RATE;
import static com.parceliq.workflows.shipment.ShipmentFixtures.SHIPMENT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TENANT;
import static com.parceliq.workflows.shipment.ShipmentFixtures.TRACKING_CODE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.parceliq.temporal.SearchAttributes;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.TrackerRecord;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;

/**
 * Carrier tracking on the shipment workflow (time skipping, mocked activities): forward-only
 * status, deduplication, carrier-time ordering, the grace period before completion.
 */
class ShipmentTrackingTest {

  private static final TrackingScan ACCEPTED =
      new TrackingScan(
          "in_transit", "Accepted at origin", "San Francisco, CA", "2026-03-02T10:00:00Z");
  private static final TrackingScan OUT =
      new TrackingScan(
          "out_for_delivery", "Out for delivery", "New York, NY", "2026-03-04T07:00:00Z");
  private static final TrackingScan DELIVERED =
      new TrackingScan("delivered", "Delivered", "New York, NY", "2026-03-04T15:00:00Z");

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private ShipmentHarness harness;
  private TestWorkflowEnvironment env;

  @BeforeEach
  void setUp(TestWorkflowEnvironment env) {
    this.env = env;
    harness = new ShipmentHarness(env);
  }

  @Test
  void carrierScansMoveTheShipmentForwardAndItCompletesAfterTheGracePeriod() {
    ShipmentWorkflow shipment = purchased();

    shipment.trackingUpdate(push(ACCEPTED));
    awaitStatus(shipment, "in_transit");
    shipment.trackingUpdate(push(ACCEPTED, OUT));
    awaitStatus(shipment, "out_for_delivery");
    shipment.trackingUpdate(push(ACCEPTED, OUT, DELIVERED));
    awaitStatus(shipment, "delivered");
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("delivered");

    env.sleep(NewShipment.DEFAULT_COMPLETION_GRACE.minusHours(1));
    assertThat(shipment.snapshot().status()).isEqualTo("delivered");
    env.sleep(Duration.ofHours(2));

    harness.untyped().getResult(Void.class);
    verify(harness.records).recordStatus(TENANT, SHIPMENT, "completed", false, null, null);
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("completed");
    assertThat(trackerUpdates()).hasSize(3);
    TrackerRecord last = lastTracker();
    assertThat(last.trackerId()).isEqualTo("trk_" + SHIPMENT.substring(4));
    assertThat(last.trackingCode()).isEqualTo(TRACKING_CODE);
    assertThat(last.details()).containsExactly(ACCEPTED, OUT, DELIVERED);
  }

  @Test
  void aDeliveryScanSkipsTheStagesNeverScanned() {
    ShipmentWorkflow shipment = purchased();

    shipment.trackingUpdate(push(DELIVERED));

    awaitStatus(shipment, "delivered");
  }

  @Test
  void aDuplicateUpdateChangesNothingAndEmitsNothing() {
    ShipmentWorkflow shipment = purchased();
    shipment.trackingUpdate(push(ACCEPTED, OUT));
    awaitStatus(shipment, "out_for_delivery");

    shipment.trackingUpdate(push(OUT, ACCEPTED));
    shipment.trackingUpdate(
        new TrackingUpdate(TRACKING_CODE, "out_for_delivery", List.of(OUT), TrackingUpdate.POLL));
    // Signals are applied in order: once this news is in, the duplicates before it were handled.
    shipment.trackingUpdate(push(DELIVERED));
    awaitStatus(shipment, "delivered");

    verify(harness.records, times(2)).recordTracking(any());
    assertThat(trackerUpdates()).hasSize(2);
  }

  @Test
  void anOlderUpdateNeverMovesTheShipmentBackButIsKeptInCarrierTimeOrder() {
    ShipmentWorkflow shipment = purchased();
    shipment.trackingUpdate(push(OUT));
    awaitStatus(shipment, "out_for_delivery");

    shipment.trackingUpdate(push(ACCEPTED));
    Eventually.holds(harness, () -> lastTracker().details().size() == 2);

    assertThat(shipment.snapshot().status()).isEqualTo("out_for_delivery");
    TrackerRecord last = lastTracker();
    assertThat(last.details()).containsExactly(ACCEPTED, OUT);
    assertThat(last.trackingStatus()).isEqualTo("out_for_delivery");
    assertThat(last.shipmentStatus()).isEqualTo("out_for_delivery");
    verify(harness.records, never())
        .recordStatus(eq(TENANT), eq(SHIPMENT), eq("in_transit"), anyBoolean(), isNull(), isNull());
  }

  @Test
  void aReturnToSenderMakesTheShipmentReturnedAndEndsIt() {
    ShipmentWorkflow shipment = purchased();
    shipment.trackingUpdate(push(ACCEPTED));
    awaitStatus(shipment, "in_transit");

    shipment.trackingUpdate(
        push(
            ACCEPTED,
            new TrackingScan(
                "return_to_sender",
                "Refused by recipient",
                "New York, NY",
                "2026-03-05T09:00:00Z")));

    harness.untyped().getResult(Void.class);
    assertThat(lastTracker().shipmentStatus()).isEqualTo("returned");
    assertThat(harness.searchAttribute(SearchAttributes.SHIPMENT_STATUS)).isEqualTo("returned");
  }

  @Test
  void anUpdateBeforePurchaseIsIgnored() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.trackingUpdate(push(ACCEPTED));
    assertThat(shipment.snapshot().status()).isEqualTo("rated");

    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));
    shipment.trackingUpdate(push(OUT));
    awaitStatus(shipment, "out_for_delivery");

    verify(harness.records, times(1)).recordTracking(any());
    assertThat(lastTracker().details()).containsExactly(OUT);
    assertThat(trackerUpdates()).hasSize(1);
  }

  private ShipmentWorkflow purchased() {
    ShipmentWorkflow shipment = harness.createAndRate();
    shipment.buy(new BuyLabel(GROUND_RATE, "key-1"));
    return shipment;
  }

  private static TrackingUpdate push(TrackingScan... scans) {
    return new TrackingUpdate(
        TRACKING_CODE, scans[scans.length - 1].status(), List.of(scans), TrackingUpdate.PUSH);
  }

  private void awaitStatus(ShipmentWorkflow shipment, String status) {
    Eventually.holds(harness, () -> shipment.snapshot().status().equals(status));
  }

  private List<DomainEvent> trackerUpdates() {
    ArgumentCaptor<DomainEvent> emitted = ArgumentCaptor.forClass(DomainEvent.class);
    verify(harness.events, atLeast(0)).emit(emitted.capture());
    return emitted.getAllValues().stream()
        .filter(event -> event.type().equals("tracker.updated"))
        .toList();
  }

  private TrackerRecord lastTracker() {
    return mockingDetails(harness.records).getInvocations().stream()
        .filter(call -> call.getMethod().getName().equals("recordTracking"))
        .map(call -> (TrackerRecord) call.getArgument(0))
        .reduce((first, second) -> second)
        .orElseThrow();
  }
}
