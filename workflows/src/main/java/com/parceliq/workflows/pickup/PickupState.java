package com.parceliq.workflows.pickup;

import com.parceliq.domain.Money;
import com.parceliq.domain.PickupStatus;
import com.parceliq.workflows.ports.PickupAsk;
import com.parceliq.workflows.ports.PickupQuote;
import com.parceliq.workflows.ports.ScheduledPickup;
import io.temporal.failure.ApplicationFailure;
import java.util.List;
import java.util.Optional;

/** The pickup workflow's state; only workflow code touches it. */
final class PickupState {

  private final NewPickup pickup;
  private PickupStatus status = PickupStatus.UNKNOWN;
  private List<PickupQuote> rates = List.of();
  private boolean recorded;
  private ApplicationFailure creationFailure;
  private String busyWith;
  private PickupQuote bought;
  private ScheduledPickup scheduled;

  PickupState(NewPickup pickup) {
    this.pickup = pickup;
  }

  NewPickup pickup() {
    return pickup;
  }

  String tenantId() {
    return pickup.tenantId();
  }

  String pickupId() {
    return pickup.pickupId();
  }

  PickupStatus status() {
    return status;
  }

  PickupAsk ask() {
    return new PickupAsk(
        pickup.tenantId(),
        pickup.pickupId(),
        pickup.labelCarrier(),
        pickup.carrierAccountId(),
        pickup.address(),
        pickup.minDatetime(),
        pickup.maxDatetime(),
        pickup.trackingCodes(),
        pickup.instructions());
  }

  void recorded(List<PickupQuote> quotes) {
    this.rates = List.copyOf(quotes);
    this.recorded = true;
  }

  boolean isRecorded() {
    return recorded;
  }

  void creationFailed(ApplicationFailure failure) {
    this.creationFailure = failure;
  }

  Optional<ApplicationFailure> creationFailure() {
    return Optional.ofNullable(creationFailure);
  }

  boolean isCreationSettled() {
    return recorded || creationFailure != null;
  }

  Optional<PickupQuote> rate(String carrier, String service) {
    return rates.stream()
        .filter(rate -> rate.carrier().equals(carrier) && rate.service().equals(service))
        .findFirst();
  }

  /** Marks an operation as running; the guards refuse others until {@link #end()}. */
  void begin(String operation) {
    this.busyWith = operation;
  }

  void end() {
    this.busyWith = null;
  }

  Optional<String> busyWith() {
    return Optional.ofNullable(busyWith);
  }

  void scheduled(PickupQuote quote, ScheduledPickup confirmation) {
    this.bought = quote;
    this.scheduled = confirmation;
    this.status = PickupStatus.SCHEDULED;
  }

  Optional<ScheduledPickup> scheduledPickup() {
    return Optional.ofNullable(scheduled);
  }

  void canceled() {
    this.status = PickupStatus.CANCELED;
  }

  PickupSnapshot snapshot() {
    Money fee = scheduled == null ? null : scheduled.fee();
    return new PickupSnapshot(
        pickup.pickupId(),
        status.wireName(),
        rates,
        bought == null ? null : bought.carrier(),
        bought == null ? null : bought.service(),
        scheduled == null ? null : scheduled.confirmation(),
        fee);
  }
}
