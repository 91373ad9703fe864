package com.parceliq.workflows.shipment;

import com.parceliq.domain.ShipmentStatus;
import com.parceliq.workflows.ports.LabelReroute;
import com.parceliq.workflows.ports.RerouteOutcome;
import com.parceliq.workflows.ports.RerouteRecord;
import com.parceliq.workflows.ports.ShipmentFee;
import com.parceliq.workflows.ports.WalletPosting;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.util.Optional;
import org.slf4j.Logger;

/**
 * A customer's reroute of a bought label: the carrier intercepts the parcel, its fee is charged to
 * the wallet, and the shipment gets its new destination. A carrier refusal charges nothing and
 * changes nothing; the refusal is kept for a repeat of the same request.
 */
final class Rerouting {

  private static final Logger log = Workflow.getLogger(Rerouting.class);

  private final ShipmentActivities activities;
  private final ShipmentState state;

  Rerouting(ShipmentActivities activities, ShipmentState state) {
    this.activities = activities;
    this.state = state;
  }

  void reroute(RerouteShipment request) {
    RerouteKeys keys =
        RerouteKeys.of(state.tenantId(), state.shipmentId(), request.idempotencyKey());
    RerouteOutcome accepted = intercept(request, keys);
    log.info("shipment {}: carrier rerouted it for {}", state.shipmentId(), accepted.fee());
    // A carrier that reroutes for free leaves nothing to post (the ledger refuses zero amounts).
    Optional<ShipmentFee> fee =
        accepted.fee() != null && accepted.fee().exceedsZero()
            ? Optional.of(ShipmentFee.reroute(accepted.fee()))
            : Optional.empty();
    fee.ifPresent(charged -> chargeFee(keys, charged));
    state.rerouted(request.idempotencyKey(), request.toAddress(), fee);
    activities
        .records()
        .recordReroute(
            new RerouteRecord(
                state.tenantId(),
                state.shipmentId(),
                ShipmentStatus.REROUTED.wireName(),
                state.destination(),
                state.fees()));
    ShipmentSearch.status(ShipmentStatus.REROUTED);
    new ShipmentEvents(activities, state).rerouted(request.idempotencyKey());
  }

  private RerouteOutcome intercept(RerouteShipment request, RerouteKeys keys) {
    try {
      return activities
          .carrierReroute(state.carrier())
          .reroute(
              new LabelReroute(
                  state.tenantId(),
                  state.shipmentId(),
                  keys.carrierReroute(),
                  state.carrier(),
                  state.carrierAccountId(),
                  state.trackingCode(),
                  request.toAddress(),
                  state.shipment().reference()));
    } catch (ActivityFailure failure) {
      ApplicationFailure refusal = Refusals.from(failure);
      state.rerouteFailed(
          request.idempotencyKey(), refusal.getType(), refusal.getOriginalMessage());
      throw refusal;
    }
  }

  private void chargeFee(RerouteKeys keys, ShipmentFee fee) {
    activities
        .ledger()
        .chargeRerouteFee(
            new WalletPosting(
                state.tenantId(),
                state.shipmentId(),
                keys.fee(),
                fee.amount(),
                "Reroute fee " + state.carrier() + " " + state.trackingCode()));
  }
}
