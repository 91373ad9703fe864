package com.parceliq.workflows.scanform;

import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.EventType;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierManifest;
import com.parceliq.workflows.ports.DomainEvent;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.ManifestOrder;
import com.parceliq.workflows.ports.ScanFormClaim;
import com.parceliq.workflows.ports.ScanFormRecordActivities;
import com.parceliq.workflows.ports.ScanFormStorageActivities;
import com.parceliq.workflows.ports.StoredFile;
import com.parceliq.workflows.support.ActivityPolicies;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;

/**
 * Claim first, then the carrier: the claim is what keeps a shipment on one scan form, so the
 * carrier is only asked for labels that no other scan form can take meanwhile. A carrier failure
 * releases the claim (the shipments may go on a later scan form) and fails the workflow with the
 * carrier's error code, which the API maps to a status.
 */
public class ScanFormWorkflowImpl implements ScanFormWorkflow {

  private final ScanFormRecordActivities records =
      Workflow.newActivityStub(ScanFormRecordActivities.class, ActivityPolicies.scanFormSteps());
  private final ScanFormStorageActivities storage =
      Workflow.newActivityStub(ScanFormStorageActivities.class, ActivityPolicies.scanFormSteps());
  private final EventActivities events =
      Workflow.newActivityStub(EventActivities.class, ActivityPolicies.scanFormSteps());

  @Override
  public ScanFormResult create(ScanFormRequest request) {
    String tenantId = request.tenantId();
    String scanFormId = request.scanFormId();
    Workflow.upsertTypedSearchAttributes(SearchAttributes.TENANT_ID.valueSet(tenantId));
    ScanFormClaim claim = records.claimShipments(tenantId, scanFormId, request.shipmentIds());
    if (!claim.accepted()) {
      return new ScanFormResult(scanFormId, claim.problems());
    }
    Workflow.upsertTypedSearchAttributes(SearchAttributes.CARRIER.valueSet(claim.carrier()));

    CarrierManifest manifest = manifest(request, claim);
    StoredFile form =
        storage.storeScanForm(tenantId, scanFormId, manifest.format(), manifest.document());
    records.recordScanFormCreated(tenantId, scanFormId, manifest.manifestId(), form);
    events.emit(
        new DomainEvent(
            tenantId,
            "scan_form:" + scanFormId + ":created",
            EventType.SCAN_FORM_CREATED.wireName(),
            null,
            ScanFormEventData.of(scanFormId, request.shipmentIds(), claim, form)));
    return ScanFormResult.created(scanFormId);
  }

  private CarrierManifest manifest(ScanFormRequest request, ScanFormClaim claim) {
    CarrierActivities carrier =
        Workflow.newActivityStub(
            CarrierActivities.class, ActivityPolicies.carrierManifest(claim.carrier()));
    try {
      return carrier.createManifest(
          new ManifestOrder(
              request.tenantId(),
              claim.carrier(),
              claim.carrierAccountId(),
              // Per tenant and scan form: a retried call is the same manifest to the carrier.
              "scan-form:" + request.tenantId() + ":" + request.scanFormId(),
              claim.from(),
              claim.trackingCodes()));
    } catch (ActivityFailure failure) {
      ApplicationFailure refusal = refusal(claim.carrier(), failure);
      records.recordScanFormFailed(
          request.tenantId(),
          request.scanFormId(),
          refusal.getType(),
          refusal.getOriginalMessage());
      throw refusal;
    }
  }

  /** Coded failures keep their code; a carrier that never answered is unavailable. */
  private static ApplicationFailure refusal(String carrier, ActivityFailure failure) {
    boolean coded =
        TemporalFailures.applicationFailure(failure, type -> ErrorCode.fromCode(type).isPresent())
            .isPresent();
    if (coded) {
      return Refusals.from(failure);
    }
    return Refusals.refuse(
        ErrorCode.CARRIER_UNAVAILABLE,
        "Carrier " + carrier + " did not create the scan form in time. Retry later.");
  }
}
