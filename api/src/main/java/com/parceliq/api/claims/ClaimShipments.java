package com.parceliq.api.claims;

import com.parceliq.api.archive.ArchivedIds;
import com.parceliq.api.error.ApiException;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.store.ClaimEntity;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ShipmentEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The label a claim is about: a shipment of the caller's tenant (another tenant's is unknown here,
 * a field error like every other reference to a shipment), bought and not voided, with no open
 * claim. The workflow's insert enforces "one open claim" again, against a concurrent request.
 */
@ApplicationScoped
public class ClaimShipments {

  private static final Set<ShipmentStatus> CLAIMABLE =
      EnumSet.of(
          ShipmentStatus.PURCHASED,
          ShipmentStatus.IN_TRANSIT,
          ShipmentStatus.OUT_FOR_DELIVERY,
          ShipmentStatus.DELIVERED,
          ShipmentStatus.COMPLETED,
          ShipmentStatus.RETURNED,
          ShipmentStatus.REROUTED);

  /** The label's carrier, account (null for the platform's own) and tracking code. */
  public record Label(
      String shipmentId, String carrier, String carrierAccountId, String trackingCode) {}

  @Transactional
  public Label resolve(String tenantId, String shipmentId) {
    ShipmentEntity shipment = ShipmentEntity.findForTenant(tenantId, shipmentId).orElse(null);
    if (shipment == null) {
      ArchivedIds.refuseArchived(tenantId, List.of(shipmentId));
      throw ApiException.invalidField("shipment_id", "no shipment with id " + shipmentId);
    }
    ShipmentStatus status = ShipmentStatus.fromWireName(shipment.status);
    if (!CLAIMABLE.contains(status)
        || shipment.refundStatus != null
        || shipment.trackingCode == null) {
      throw new ApiException(
          ErrorCode.SHIPMENT_INVALID_STATE,
          "Shipment "
              + shipmentId
              + " is "
              + (shipment.refundStatus != null ? "voided" : shipment.status)
              + "; only a purchased label that was not voided can be claimed for.");
    }
    ClaimEntity.openOn(tenantId, shipmentId)
        .ifPresent(
            open -> {
              throw new ApiException(
                  ErrorCode.CLAIM_INVALID_STATE,
                  "Shipment " + shipmentId + " already has an open claim (" + open.id + ").");
            });
    return new Label(
        shipmentId, shipment.carrier, accountOf(tenantId, shipment), shipment.trackingCode);
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
}
