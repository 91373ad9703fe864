package com.parceliq.workflows.address;

import com.parceliq.domain.ErrorCode;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TemporalFailures;
import com.parceliq.workflows.ports.AddressCheck;
import com.parceliq.workflows.ports.AddressCheckResult;
import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.CarrierChoice;
import com.parceliq.workflows.ports.CarrierDirectoryActivities;
import com.parceliq.workflows.support.ActivityPolicies;
import com.parceliq.workflows.support.Refusals;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Workflow;

/**
 * Chooses the carrier, then asks it on its own task queue. The directory is read as a local
 * activity (an in-memory lookup on this worker) so the caller waits for one carrier round trip
 * only. Failures leave as refusals the API maps to a status: a carrier that cannot validate (422),
 * one that refused the request (422), one that stayed down through the retries (503).
 */
public class AddressValidationWorkflowImpl implements AddressValidationWorkflow {

  private final CarrierDirectoryActivities directory =
      Workflow.newLocalActivityStub(
          CarrierDirectoryActivities.class, ActivityPolicies.shipmentRecords());

  @Override
  public AddressCheckResult validate(AddressValidationRequest request) {
    Workflow.upsertTypedSearchAttributes(SearchAttributes.TENANT_ID.valueSet(request.tenantId()));
    CarrierChoice choice =
        AddressValidators.choose(
            directory.addressValidators(request.tenantId()),
            request.carrier(),
            request.carrierAccountId());
    String carrier = choice.carrier();
    Workflow.upsertTypedSearchAttributes(SearchAttributes.CARRIER.valueSet(carrier));

    CarrierActivities carrierCalls =
        Workflow.newActivityStub(
            CarrierActivities.class, ActivityPolicies.carrierAddressValidation(carrier));
    try {
      return carrierCalls.validateAddress(
          new AddressCheck(
              request.tenantId(), carrier, choice.carrierAccountId(), request.address()));
    } catch (ActivityFailure failure) {
      throw refusal(carrier, failure);
    }
  }

  /** Coded failures keep their code; a carrier that never answered in time is unavailable. */
  private static RuntimeException refusal(String carrier, ActivityFailure failure) {
    boolean coded =
        TemporalFailures.applicationFailure(failure, type -> ErrorCode.fromCode(type).isPresent())
            .isPresent();
    if (coded) {
      return Refusals.from(failure);
    }
    return Refusals.refuse(
        ErrorCode.CARRIER_UNAVAILABLE,
        "Carrier " + carrier + " did not answer the address validation in time.");
  }
}
