package com.parceliq.it.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.chaos.TrackedShipment.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Every shipment the client created is found, is final or clearly parked, and agrees with every
 * definitive answer the client got: a confirmed purchase shows that label, a refused one shows
 * none, a confirmed void shows the shipment voided.
 */
public final class ShipmentInvariant {

  static final String NAME = "shipments";

  /** Statuses of a shipment that holds a bought label (or held one, for voided). */
  static final Set<String> LABELLED =
      Set.of(
          "purchased",
          "in_transit",
          "out_for_delivery",
          "delivered",
          "completed",
          "voided",
          "returned",
          "rerouted");

  private static final Set<String> MOVING = Set.of("in_transit", "out_for_delivery");

  private ShipmentInvariant() {}

  /**
   * Whether the shipment will not change any more without a client or an operator. A label whose
   * reference asks the sandbox to deliver is not settled before it is delivered: the carrier pushes
   * its updates, so one still "purchased" lost them.
   */
  public static boolean settled(TrackedShipment tracked, JsonNode shipment) {
    if (shipment.path("needs_attention").asBoolean(false)) {
      return true;
    }
    String status = shipment.path("status").asText();
    if (MOVING.contains(status) || (tracked.expectsDelivery() && status.equals("purchased"))) {
      return false;
    }
    return !(status.equals("voided")
        && shipment.path("refund_status").asText().equals("submitted"));
  }

  public static List<Violation> check(TrackedShipment tracked, Optional<JsonNode> fetched) {
    List<Violation> violations = new ArrayList<>();
    if (fetched.isEmpty()) {
      violations.add(new Violation(NAME, tracked.id(), "lost: the API does not find it"));
      return violations;
    }
    JsonNode shipment = fetched.get();
    String status = shipment.path("status").asText();
    boolean parked = shipment.path("needs_attention").asBoolean(false);
    if (!settled(tracked, shipment)) {
      violations.add(
          new Violation(
              NAME,
              tracked.id(),
              "not final nor parked: status "
                  + status
                  + ", refund_status "
                  + shipment.path("refund_status").asText("-")));
    }
    // A parked shipment answers its buy 202 until an operator decides: clearly parked, not lost.
    boolean open =
        tracked.buy() == Outcome.UNRESOLVED || tracked.voidOutcome() == Outcome.UNRESOLVED;
    if (open && !parked) {
      // The settle phase retried the same key for minutes: a request the API never answers
      // definitively leaves its client unable to know whether it paid.
      violations.add(
          new Violation(NAME, tracked.id(), "a buy or void never got a definitive answer"));
    }
    if (tracked.buy() == Outcome.CONFIRMED) {
      String code = shipment.path("tracking_code").asText("");
      if (!LABELLED.contains(status) && !parked) {
        violations.add(
            new Violation(NAME, tracked.id(), "purchase confirmed but status is " + status));
      }
      if (!code.equals(tracked.trackingCode())) {
        violations.add(
            new Violation(
                NAME,
                tracked.id(),
                "purchase confirmed label " + tracked.trackingCode() + " but shows " + code));
      }
    }
    if (tracked.buy() == Outcome.REFUSED && LABELLED.contains(status)) {
      violations.add(
          new Violation(NAME, tracked.id(), "purchase refused to the client but status " + status));
    }
    // A void answered 200 with refund_status "rejected" is the carrier refusing it (the parcel
    // already moved): the label stands, so does its status (found in the long run).
    boolean voidRejected = shipment.path("refund_status").asText().equals("rejected");
    if (tracked.voidOutcome() == Outcome.CONFIRMED && !status.equals("voided") && !voidRejected) {
      violations.add(new Violation(NAME, tracked.id(), "void confirmed but status " + status));
    }
    return violations;
  }
}
