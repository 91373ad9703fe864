package com.parceliq.api.pickups;

import com.parceliq.api.archive.ArchivedIds;
import com.parceliq.api.error.ApiException;
import com.parceliq.api.error.FieldError;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.store.BatchEntity;
import com.parceliq.store.BatchShipments;
import com.parceliq.store.CarrierCatalogEntity;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The labels a pickup collects: purchased shipments of the caller's tenant (another tenant's id is
 * unknown here), all bought from one carrier on one account, a carrier that does pickups. Every
 * problem is a field error naming the shipment it is about.
 */
@ApplicationScoped
public class PickupShipments {

  private static final String PICKUP_CAPABILITY = "PICKUP";

  /** The labels of the pickup, in the order the request named the shipments. */
  public record Labels(
      List<String> shipmentIds,
      List<String> trackingCodes,
      String carrier,
      String carrierAccountId) {}

  @Transactional
  public Labels resolve(String tenantId, CreatePickupRequest request) {
    boolean fromBatch = request.batchId() != null && !request.batchId().isBlank();
    List<String> ids =
        fromBatch ? batchShipments(tenantId, request.batchId().strip()) : named(request);
    String fieldPrefix = fromBatch ? "batch_id" : "shipments";
    List<FieldError> errors = new ArrayList<>();
    List<String> codes = new ArrayList<>();
    Set<String> carriers = new LinkedHashSet<>();
    Set<String> accounts = new LinkedHashSet<>();
    for (int i = 0; i < ids.size(); i++) {
      String field = fromBatch ? fieldPrefix : fieldPrefix + "[" + i + "]";
      String id = ids.get(i);
      ShipmentEntity shipment = ShipmentEntity.findForTenant(tenantId, id).orElse(null);
      if (shipment == null) {
        ArchivedIds.refuseArchived(tenantId, List.of(id));
        errors.add(new FieldError(field, "no shipment with id " + id));
      } else if (!ShipmentStatus.PURCHASED.wireName().equals(shipment.status)
          || shipment.trackingCode == null) {
        errors.add(
            new FieldError(
                field, "shipment " + id + " is " + shipment.status + "; only purchased ones"));
      } else {
        codes.add(shipment.trackingCode);
        carriers.add(shipment.carrier);
        accounts.add(Objects.toString(accountOf(tenantId, shipment), ""));
      }
    }
    if (errors.isEmpty() && (carriers.size() > 1 || accounts.size() > 1)) {
      errors.add(
          new FieldError(
              fieldPrefix,
              "a pickup collects the labels of one carrier account; these are from " + carriers));
    }
    if (errors.isEmpty() && !doesPickups(carriers.iterator().next())) {
      errors.add(
          new FieldError(
              fieldPrefix, "carrier " + carriers.iterator().next() + " does not do pickups"));
    }
    if (!errors.isEmpty()) {
      throw new ApiException(ErrorCode.REQUEST_INVALID, "The request has invalid fields.", errors);
    }
    String account = accounts.iterator().next();
    return new Labels(
        List.copyOf(ids), codes, carriers.iterator().next(), account.isEmpty() ? null : account);
  }

  private static List<String> named(CreatePickupRequest request) {
    List<String> ids = request.shipments().stream().map(String::strip).toList();
    if (new LinkedHashSet<>(ids).size() != ids.size()) {
      throw ApiException.invalidField("shipments", "names a shipment more than once");
    }
    return ids;
  }

  /** The batch's purchased shipments: those of a partly failed batch can still be collected. */
  private static List<String> batchShipments(String tenantId, String batchId) {
    if (BatchEntity.ofTenant(tenantId, batchId).isEmpty()) {
      throw ApiException.invalidField("batch_id", "no batch with id " + batchId);
    }
    List<String> ids = BatchShipments.purchased(tenantId, batchId);
    if (ids.isEmpty()) {
      throw ApiException.invalidField(
          "batch_id", "batch " + batchId + " has no purchased shipments");
    }
    if (ids.size() > PickupRequests.MAX_SHIPMENTS) {
      throw ApiException.invalidField(
          "batch_id", "a pickup collects at most " + PickupRequests.MAX_SHIPMENTS + " shipments");
    }
    return ids;
  }

  /** The account the label was bought on: its selected rate's; null for the platform's own. */
  private static String accountOf(String tenantId, ShipmentEntity shipment) {
    if (shipment.selectedRateId == null) {
      return null;
    }
    return RateEntity.<RateEntity>find(
            "id = ?1 and tenantId = ?2", shipment.selectedRateId, tenantId)
        .firstResultOptional()
        .map(rate -> rate.carrierAccountId)
        .orElse(null);
  }

  private static boolean doesPickups(String carrier) {
    return CarrierCatalogEntity.byCode(carrier)
        .map(entry -> entry.capabilities.contains(PICKUP_CAPABILITY))
        .orElse(false);
  }
}
