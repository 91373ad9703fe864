package com.parceliq.activities.scanform;

import com.parceliq.domain.Address;
import com.parceliq.domain.ErrorCode;
import com.parceliq.store.JsonColumns;
import com.parceliq.store.RateEntity;
import com.parceliq.store.ScanFormEntity;
import com.parceliq.store.ScanFormShipmentEntity;
import com.parceliq.store.ShipmentEntity;
import com.parceliq.workflows.ports.ScanFormClaim;
import com.parceliq.workflows.ports.ScanFormRecordActivities;
import com.parceliq.workflows.ports.ShipmentProblem;
import com.parceliq.workflows.ports.StoredFile;
import io.temporal.failure.ApplicationFailure;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The scan form read model, and the claim that keeps a shipment on one scan form. Every query names
 * the tenant, so another tenant's shipment is simply not found.
 */
@ApplicationScoped
public class ScanFormRecordActivitiesImpl implements ScanFormRecordActivities {

  @Override
  @Transactional
  public ScanFormClaim claimShipments(
      String tenantId, String scanFormId, List<String> shipmentIds) {
    if (shipmentIds.isEmpty()) {
      throw ApplicationFailure.newNonRetryableFailure(
          "a scan form needs shipments", ErrorCode.INTERNAL.code());
    }
    Map<String, ScanFormCandidate> found = candidates(tenantId, shipmentIds);
    List<ShipmentProblem> problems = ScanFormChecks.problems(scanFormId, shipmentIds, found);
    if (!problems.isEmpty()) {
      return ScanFormClaim.refused(problems);
    }
    ScanFormCandidate first = found.get(shipmentIds.getFirst());
    open(tenantId, scanFormId, first);
    for (int position = 0; position < shipmentIds.size(); position++) {
      ScanFormCandidate shipment = found.get(shipmentIds.get(position));
      if (shipment.claimedBy() == null && !claim(tenantId, scanFormId, position, shipment)) {
        // Another scan form took it since the check: roll back; the retry reports which.
        throw ApplicationFailure.newFailure(
            "shipment " + shipment.shipmentId() + " was claimed by another scan form meanwhile",
            ErrorCode.INTERNAL.code());
      }
    }
    return new ScanFormClaim(
        List.of(),
        first.carrier(),
        first.carrierAccountId(),
        JsonColumns.read(first.fromAddressJson(), Address.class),
        shipmentIds.stream().map(id -> found.get(id).trackingCode()).toList());
  }

  @Override
  @Transactional
  public void recordScanFormCreated(
      String tenantId, String scanFormId, String manifestId, StoredFile form) {
    ScanFormEntity row = require(tenantId, scanFormId);
    row.status = ScanFormEntity.CREATED;
    row.carrierManifestId = manifestId;
    row.formBucket = form.bucket();
    row.formKey = form.key();
    row.formFormat = form.format();
    row.lastErrorCode = null;
    row.lastErrorMessage = null;
    row.updatedAt = Instant.now();
  }

  @Override
  @Transactional
  public void recordScanFormFailed(
      String tenantId, String scanFormId, String errorCode, String errorMessage) {
    ScanFormEntity row = require(tenantId, scanFormId);
    if (ScanFormEntity.CREATED.equals(row.status)) {
      return;
    }
    ScanFormShipmentEntity.delete("tenantId = ?1 and scanFormId = ?2", tenantId, scanFormId);
    row.status = ScanFormEntity.FAILED;
    row.lastErrorCode = errorCode;
    row.lastErrorMessage = errorMessage;
    row.updatedAt = Instant.now();
  }

  private static Map<String, ScanFormCandidate> candidates(
      String tenantId, List<String> shipmentIds) {
    Set<String> ids = new LinkedHashSet<>(shipmentIds);
    List<ShipmentEntity> shipments =
        ShipmentEntity.list("tenantId = ?1 and id in ?2", tenantId, ids);
    Set<String> rateIds =
        shipments.stream()
            .map(shipment -> shipment.selectedRateId)
            .filter(id -> id != null)
            .collect(Collectors.toSet());
    Map<String, RateEntity> rates =
        rateIds.isEmpty()
            ? Map.of()
            : RateEntity.<RateEntity>list("tenantId = ?1 and id in ?2", tenantId, rateIds).stream()
                .collect(Collectors.toMap(rate -> rate.id, Function.identity()));
    Map<String, String> claimedBy =
        ScanFormShipmentEntity.ofShipments(tenantId, ids).stream()
            .collect(Collectors.toMap(row -> row.shipmentId, row -> row.scanFormId));
    Map<String, ScanFormCandidate> found = new HashMap<>();
    for (ShipmentEntity shipment : shipments) {
      RateEntity rate = shipment.selectedRateId == null ? null : rates.get(shipment.selectedRateId);
      found.put(
          shipment.id,
          new ScanFormCandidate(
              shipment.id,
              shipment.status,
              shipment.carrier,
              rate == null ? null : rate.carrierAccountId,
              shipment.fromAddressJson,
              shipment.trackingCode,
              claimedBy.get(shipment.id)));
    }
    return found;
  }

  /** The scan form row, new or taken up again after a failed attempt under the same id. */
  private static void open(String tenantId, String scanFormId, ScanFormCandidate first) {
    Instant now = Instant.now();
    ScanFormEntity row = ScanFormEntity.findForTenant(tenantId, scanFormId).orElse(null);
    if (row == null) {
      row = new ScanFormEntity();
      row.id = scanFormId;
      row.tenantId = tenantId;
      row.createdAt = now;
    }
    row.status = ScanFormEntity.CREATING;
    row.carrier = first.carrier();
    row.carrierAccountId = first.carrierAccountId();
    row.fromAddressJson = first.fromAddressJson();
    row.lastErrorCode = null;
    row.lastErrorMessage = null;
    row.updatedAt = now;
    row.persist();
    // The claims reference the row: write it before them.
    ScanFormEntity.flush();
  }

  private static boolean claim(
      String tenantId, String scanFormId, int position, ScanFormCandidate shipment) {
    ScanFormShipmentEntity row = new ScanFormShipmentEntity();
    row.shipmentId = shipment.shipmentId();
    row.tenantId = tenantId;
    row.scanFormId = scanFormId;
    row.position = position;
    row.trackingCode = shipment.trackingCode();
    return row.insertIfAbsent();
  }

  private static ScanFormEntity require(String tenantId, String scanFormId) {
    return ScanFormEntity.findForTenant(tenantId, scanFormId)
        .orElseThrow(
            () ->
                ApplicationFailure.newNonRetryableFailure(
                    "scan form " + scanFormId + " is not recorded", ErrorCode.INTERNAL.code()));
  }
}
