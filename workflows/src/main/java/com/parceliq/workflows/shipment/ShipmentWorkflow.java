package com.parceliq.workflows.shipment;

import com.parceliq.workflows.ports.RateQuote;
import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.SignalMethod;
import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.UpdateValidatorMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;
import java.util.List;

/**
 * The entity workflow of one shipment (id {@code shipment:<tenant>:<shipment>}): its lifecycle
 * state machine. Operations are updates, so concurrent calls are serialized and invalid transitions
 * are refused by validators before they reach history.
 */
@WorkflowInterface
public interface ShipmentWorkflow {

  @WorkflowMethod
  void run(NewShipment shipment);

  /** Completes once the shipment is recorded in the read model (used with update-with-start). */
  @UpdateMethod
  ShipmentSnapshot created();

  /** Quotes every enabled carrier; the shipment becomes {@code rated}. */
  @UpdateMethod
  List<RateQuote> rate();

  @UpdateValidatorMethod(updateName = "rate")
  void validateRate();

  /** Charges the wallet, buys the label from the carrier and stores it: {@code purchased}. */
  @UpdateMethod
  ShipmentSnapshot buy(BuyLabel request);

  @UpdateValidatorMethod(updateName = "buy")
  void validateBuy(BuyLabel request);

  /**
   * Voids the label at the carrier: {@code voided} with {@code refund_status} refunded (credited)
   * or submitted (credited once the carrier confirms), or still {@code purchased} with {@code
   * rejected}. A repeated void changes nothing.
   */
  @UpdateMethod
  ShipmentSnapshot voidLabel(VoidLabel request);

  @UpdateValidatorMethod(updateName = "voidLabel")
  void validateVoidLabel(VoidLabel request);

  /**
   * Intercepts the parcel at its carrier and sends it to a new address: {@code rerouted}, with the
   * carrier's fee charged to the wallet. A carrier refusal fails with {@code CARRIER.REJECTED} and
   * changes nothing; a repeat with the same key changes nothing either.
   */
  @UpdateMethod
  ShipmentSnapshot reroute(RerouteShipment request);

  @UpdateValidatorMethod(updateName = "reroute")
  void validateReroute(RerouteShipment request);

  @QueryMethod
  ShipmentSnapshot snapshot();

  /**
   * Resolves a parked shipment ({@code NeedsAttention=true}): retry the stuck step or cancel it.
   * Ignored when the shipment is not parked.
   */
  @SignalMethod
  void operatorDecision(OperatorDecision decision);

  /**
   * What the carrier says about the parcel (pushed to ParcelIQ or polled). Duplicate and older
   * scans never move the shipment back; news advances it (in_transit, out_for_delivery, delivered,
   * then completed after the grace period) and emits {@code tracker.updated}. Ignored before the
   * label is bought.
   */
  @SignalMethod
  void trackingUpdate(TrackingUpdate update);
}
