package com.parceliq.activities.scanform;

import com.parceliq.domain.ShipmentStatus;
import com.parceliq.workflows.ports.ShipmentProblem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which requested shipments cannot go on a scan form. A scan form is one carrier's document for one
 * hand-over: every label on it is bought, not voided, from one carrier account and one origin
 * address, and on no other scan form. The first eligible shipment sets the carrier, account and
 * origin the others are held to, so the problems name the odd ones out.
 */
final class ScanFormChecks {

  private ScanFormChecks() {}

  /**
   * The problems of {@code shipmentIds} (request order) for scan form {@code scanFormId}; {@code
   * found} holds the tenant's shipments among them, so another tenant's id reads as unknown.
   */
  static List<ShipmentProblem> problems(
      String scanFormId, List<String> shipmentIds, Map<String, ScanFormCandidate> found) {
    Optional<Reference> reference = reference(shipmentIds, found);
    List<ShipmentProblem> problems = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (int index = 0; index < shipmentIds.size(); index++) {
      String id = shipmentIds.get(index);
      int at = index;
      problem(scanFormId, id, found.get(id), !seen.add(id), reference.orElse(null))
          .ifPresent(message -> problems.add(new ShipmentProblem(at, id, message)));
    }
    return problems;
  }

  private record Reference(int index, ScanFormCandidate shipment) {}

  private static Optional<Reference> reference(
      List<String> shipmentIds, Map<String, ScanFormCandidate> found) {
    for (int index = 0; index < shipmentIds.size(); index++) {
      ScanFormCandidate candidate = found.get(shipmentIds.get(index));
      if (candidate != null && isPurchased(candidate)) {
        return Optional.of(new Reference(index, candidate));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> problem(
      String scanFormId,
      String id,
      ScanFormCandidate shipment,
      boolean repeated,
      Reference reference) {
    if (repeated) {
      return Optional.of("shipment " + id + " is listed more than once");
    }
    if (shipment == null) {
      return Optional.of("no shipment with id " + id);
    }
    if (!isPurchased(shipment)) {
      return Optional.of(
          "shipment "
              + id
              + " is "
              + shipment.status()
              + "; only purchased labels that are not voided go on a scan form");
    }
    if (shipment.claimedBy() != null && !shipment.claimedBy().equals(scanFormId)) {
      return Optional.of("shipment " + id + " is already on scan form " + shipment.claimedBy());
    }
    ScanFormCandidate first = reference.shipment();
    String firstField = "shipments[" + reference.index() + "]";
    if (!shipment.carrier().equals(first.carrier())) {
      return Optional.of(
          "shipment "
              + id
              + " is with carrier "
              + shipment.carrier()
              + ", not "
              + first.carrier()
              + " like "
              + firstField
              + ": a scan form is one carrier's");
    }
    if (!Objects.equals(shipment.carrierAccountId(), first.carrierAccountId())) {
      return Optional.of(
          "shipment "
              + id
              + " was bought on "
              + account(shipment.carrierAccountId())
              + ", not "
              + account(first.carrierAccountId())
              + " like "
              + firstField
              + ": a scan form is one carrier account's");
    }
    if (!shipment.fromAddressJson().equals(first.fromAddressJson())) {
      return Optional.of(
          "shipment "
              + id
              + " ships from another address than "
              + firstField
              + ": a scan form covers one origin");
    }
    return Optional.empty();
  }

  private static boolean isPurchased(ScanFormCandidate shipment) {
    return ShipmentStatus.PURCHASED.wireName().equals(shipment.status())
        && shipment.trackingCode() != null;
  }

  private static String account(String carrierAccountId) {
    return carrierAccountId == null ? "the platform's account" : "account " + carrierAccountId;
  }
}
