package com.parceliq.workflows.shipment;

import com.parceliq.domain.ShipmentStatus;
import com.parceliq.workflows.ports.LabelVoid;
import com.parceliq.workflows.ports.VoidOutcome;
import com.parceliq.workflows.ports.WalletPosting;
import io.temporal.workflow.Workflow;
import java.time.Duration;
import org.slf4j.Logger;

/**
 * A customer's void of a purchased label. The carrier answers refunded (credit the wallet now),
 * submitted (the label is void, the refund comes later: {@link #followPendingRefund} waits for it
 * durably, then credits) or rejected (the label stands, nothing is credited). The wallet is
 * credited at most once, under the void's own ledger key. An accepted void is announced as {@code
 * shipment.voided}, the credit as {@code shipment.refunded}.
 */
final class LabelVoiding {

  /** First refund check after a pending void; doubles up to {@link #MAX_CHECK_INTERVAL}. */
  static final Duration FIRST_CHECK = Duration.ofSeconds(2);

  /** Carriers can take days to refund; checking more often than hourly would only grow history. */
  static final Duration MAX_CHECK_INTERVAL = Duration.ofHours(1);

  private static final Logger log = Workflow.getLogger(LabelVoiding.class);

  private final ShipmentActivities activities;
  private final ShipmentState state;
  private final ShipmentEvents events;

  LabelVoiding(ShipmentActivities activities, ShipmentState state) {
    this.activities = activities;
    this.state = state;
    this.events = new ShipmentEvents(activities, state);
  }

  /** Voids at the carrier and applies its answer; a pending refund is left to follow up. */
  void voidLabel(String clientKey) {
    VoidKeys keys = VoidKeys.of(state.tenantId(), state.shipmentId(), clientKey);
    VoidOutcome outcome =
        activities.carrierVoid(state.carrier()).voidLabel(labelVoid(keys.carrierVoid()));
    log.info("shipment {}: carrier answered the void {}", state.shipmentId(), outcome);
    switch (outcome.refund()) {
      case REFUNDED -> {
        credit(keys);
        apply(clientKey, ShipmentStatus.VOIDED, VoidOutcome.Refund.REFUNDED);
        events.voided();
        events.refunded();
      }
      case SUBMITTED -> {
        apply(clientKey, ShipmentStatus.VOIDED, VoidOutcome.Refund.SUBMITTED);
        events.voided();
      }
      // The label stands: nothing changed that an event would announce.
      case REJECTED -> apply(clientKey, ShipmentStatus.PURCHASED, VoidOutcome.Refund.REJECTED);
    }
  }

  /**
   * Waits for the carrier to confirm a submitted refund (timer, then a status check, backing off),
   * then credits the wallet. Runs on the workflow's main thread once the shipment is voided, so the
   * void update answers {@code submitted} without waiting for the carrier's refund.
   */
  void followPendingRefund() {
    Duration interval = FIRST_CHECK;
    while (state.refundStatus() == VoidOutcome.Refund.SUBMITTED) {
      Workflow.sleep(interval);
      VoidKeys keys = VoidKeys.of(state.tenantId(), state.shipmentId(), state.voidKey());
      VoidOutcome outcome =
          activities.carrierVoid(state.carrier()).refundStatus(labelVoid(keys.carrierVoid()));
      switch (outcome.refund()) {
        case REFUNDED -> {
          credit(keys);
          apply(state.voidKey(), ShipmentStatus.VOIDED, VoidOutcome.Refund.REFUNDED);
          events.refunded();
        }
        case REJECTED -> apply(state.voidKey(), ShipmentStatus.VOIDED, VoidOutcome.Refund.REJECTED);
        case SUBMITTED -> interval = min(interval.multipliedBy(2), MAX_CHECK_INTERVAL);
      }
    }
  }

  private void credit(VoidKeys keys) {
    activities
        .ledger()
        .refundLabel(
            new WalletPosting(
                state.tenantId(),
                state.shipmentId(),
                keys.refund(),
                state.charged(),
                "Refund of voided label " + state.carrier() + " " + state.trackingCode()));
  }

  private void apply(String clientKey, ShipmentStatus status, VoidOutcome.Refund refund) {
    activities
        .records()
        .recordRefundStatus(
            state.tenantId(), state.shipmentId(), status.wireName(), refund.wireName());
    ShipmentStatus before = state.status();
    state.voided(clientKey, status, refund);
    if (before != status) {
      ShipmentSearch.status(status);
    }
  }

  private LabelVoid labelVoid(String idempotencyKey) {
    return new LabelVoid(
        state.tenantId(),
        state.shipmentId(),
        idempotencyKey,
        state.carrier(),
        state.carrierAccountId(),
        state.trackingCode(),
        state.carrierShipmentId(),
        state.shipment().reference());
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
