package com.parceliq.workflows.shipment;

import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.LabelStorageActivities;
import com.parceliq.workflows.ports.LedgerActivities;
import com.parceliq.workflows.ports.PricingActivities;
import com.parceliq.workflows.ports.ShipmentRecordActivities;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.activity.ActivityOptions;
import io.temporal.workflow.Workflow;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * The activity stubs of the shipment workflow: its own short steps (read model, label file, ledger,
 * domain events) run as local activities (see {@link ActivityPolicies}), carrier calls as regular
 * activities. Carrier stubs are per carrier (each carrier has its own task queue) and per call kind
 * (rating, purchase and void retry differently). Create only from workflow code.
 */
final class ShipmentActivities {

  private final ShipmentRecordActivities records =
      Workflow.newLocalActivityStub(
          ShipmentRecordActivities.class, ActivityPolicies.shipmentRecords());
  private final CarrierDirectoryActivities directory =
      Workflow.newLocalActivityStub(
          CarrierDirectoryActivities.class, ActivityPolicies.shipmentRecords());
  private final LabelStorageActivities labelStorage =
      Workflow.newLocalActivityStub(LabelStorageActivities.class, ActivityPolicies.labelStorage());
  private final LedgerActivities ledger =
      Workflow.newLocalActivityStub(LedgerActivities.class, ActivityPolicies.shipmentLedger());
  /*
   * A purchase's hold runs as a regular activity: it is the buy's first step, and a local activity
   * runs before the workflow task that accepted the buy completes. When the server throws that task
   * away (it does with update tasks, "Workflow task not found") and a different racing buy wins the
   * retried task, the first buy's hold would stay posted with nothing to release it. A regular
   * activity is only scheduled once the acceptance is in history.
   */
  private final LedgerActivities holds =
      Workflow.newActivityStub(LedgerActivities.class, ActivityPolicies.ledger());
  private final EventActivities events =
      Workflow.newLocalActivityStub(EventActivities.class, ActivityPolicies.shipmentRecords());
  private final PricingActivities pricing =
      Workflow.newLocalActivityStub(PricingActivities.class, ActivityPolicies.shipmentRecords());
  private final Map<String, CarrierActivities> carrierStubs = new HashMap<>();

  ShipmentRecordActivities records() {
    return records;
  }

  CarrierDirectoryActivities directory() {
    return directory;
  }

  LabelStorageActivities labelStorage() {
    return labelStorage;
  }

  LedgerActivities ledger() {
    return ledger;
  }

  /** The ledger for the step that opens a purchase (see {@link #holds}). */
  LedgerActivities holds() {
    return holds;
  }

  PricingActivities pricing() {
    return pricing;
  }

  EventActivities events() {
    return events;
  }

  CarrierActivities carrierRating(String carrier) {
    return carrier("rating", carrier, ActivityPolicies::carrierRating);
  }

  CarrierActivities carrierPurchase(String carrier, int attempts) {
    return carrier(
        "purchase:" + attempts, carrier, code -> ActivityPolicies.carrierPurchase(code, attempts));
  }

  CarrierActivities carrierVoid(String carrier) {
    return carrier("void", carrier, ActivityPolicies::carrierVoid);
  }

  CarrierActivities carrierReroute(String carrier) {
    return carrier("reroute", carrier, ActivityPolicies::carrierReroute);
  }

  private CarrierActivities carrier(
      String kind, String carrier, Function<String, ActivityOptions> options) {
    return carrierStubs.computeIfAbsent(
        kind + ":" + carrier,
        key -> Workflow.newActivityStub(CarrierActivities.class, options.apply(carrier)));
  }
}
