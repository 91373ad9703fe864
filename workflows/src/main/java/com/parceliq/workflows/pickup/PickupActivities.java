package com.parceliq.workflows.pickup;

import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.PickupCarrierActivities;
import com.parceliq.workflows.ports.PickupLedgerActivities;
import com.parceliq.workflows.ports.PickupRecordActivities;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.workflow.Workflow;

/**
 * The activity stubs of the pickup workflow, all regular activities: ledger postings on {@code
 * billing}, read model and events on {@code shipping}, carrier calls on the carrier's queue (rating
 * gives up soon, scheduling retries like a label purchase, cancelling retries until the carrier
 * answers). Create only from workflow code.
 */
final class PickupActivities {

  private final String carrier;
  private final PickupRecordActivities records =
      Workflow.newActivityStub(PickupRecordActivities.class, ActivityPolicies.pickupRecords());
  private final EventActivities events =
      Workflow.newActivityStub(EventActivities.class, ActivityPolicies.pickupRecords());
  private final PickupLedgerActivities ledger =
      Workflow.newActivityStub(PickupLedgerActivities.class, ActivityPolicies.ledger());
  private final PickupCarrierActivities carrierRating;
  private final PickupCarrierActivities carrierSchedule;
  private final PickupCarrierActivities carrierCancel;

  PickupActivities(String carrier) {
    this.carrier = carrier;
    this.carrierRating =
        Workflow.newActivityStub(
            PickupCarrierActivities.class, ActivityPolicies.carrierRating(carrier));
    this.carrierSchedule =
        Workflow.newActivityStub(
            PickupCarrierActivities.class,
            ActivityPolicies.carrierPurchase(carrier, ActivityPolicies.CARRIER_PURCHASE_ATTEMPTS));
    this.carrierCancel =
        Workflow.newActivityStub(
            PickupCarrierActivities.class, ActivityPolicies.carrierVoid(carrier));
  }

  String carrier() {
    return carrier;
  }

  PickupRecordActivities records() {
    return records;
  }

  EventActivities events() {
    return events;
  }

  PickupLedgerActivities ledger() {
    return ledger;
  }

  PickupCarrierActivities carrierRating() {
    return carrierRating;
  }

  PickupCarrierActivities carrierSchedule() {
    return carrierSchedule;
  }

  PickupCarrierActivities carrierCancel() {
    return carrierCancel;
  }
}
