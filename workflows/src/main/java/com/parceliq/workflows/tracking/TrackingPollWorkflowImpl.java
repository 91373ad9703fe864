package com.parceliq.workflows.tracking;

import com.parceliq.workflows.ports.CarrierActivities;
import com.parceliq.workflows.ports.TrackRequest;
import com.parceliq.workflows.ports.TrackedShipment;
import com.parceliq.workflows.ports.TrackingPollActivities;
import com.parceliq.workflows.shipment.TrackingUpdate;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.failure.ActivityFailure;
import io.temporal.workflow.Async;
import io.temporal.workflow.Promise;
import io.temporal.workflow.Workflow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;

/**
 * One page of stale shipments at a time, their carriers asked in parallel (each carrier's queue
 * bounds its own concurrency); then continue-as-new with the next page, so a run's history stays
 * one page long however many parcels are on their way. A carrier that fails for one shipment is
 * logged and skipped: the next scheduled run asks again.
 */
public class TrackingPollWorkflowImpl implements TrackingPollWorkflow {

  private static final Logger log = Workflow.getLogger(TrackingPollWorkflowImpl.class);

  private final TrackingPollActivities steps =
      Workflow.newActivityStub(TrackingPollActivities.class, ActivityPolicies.trackingPollSteps());
  private final Map<String, CarrierActivities> carriers = new HashMap<>();

  @Override
  public void run(TrackingPollRun run) {
    TrackingPollRun current = run == null ? TrackingPollRun.first() : run;
    int pageSize = current.pageSizeOrDefault();
    List<TrackedShipment> page = steps.stalePage(current.afterShipmentId(), pageSize);
    List<Promise<Boolean>> polls = new ArrayList<>();
    for (TrackedShipment shipment : page) {
      polls.add(Async.function(this::poll, shipment));
    }
    long polled = polls.stream().filter(Promise::get).count();
    log.info("tracking poll: {} of {} shipments answered", polled, page.size());
    if (page.size() == pageSize) {
      Workflow.continueAsNew(new TrackingPollRun(page.getLast().shipmentId(), current.pageSize()));
    }
  }

  private boolean poll(TrackedShipment shipment) {
    TrackingUpdate update;
    try {
      update =
          carrier(shipment.carrier())
              .track(
                  new TrackRequest(
                      shipment.tenantId(),
                      shipment.carrier(),
                      shipment.carrierAccountId(),
                      shipment.trackingCode()));
    } catch (ActivityFailure failure) {
      log.warn(
          "tracking poll: carrier {} failed for shipment {}: {}",
          shipment.carrier(),
          shipment.shipmentId(),
          failure.getCause() == null ? failure.getMessage() : failure.getCause().getMessage());
      return false;
    }
    steps.deliver(shipment, update);
    return true;
  }

  private CarrierActivities carrier(String code) {
    return carriers.computeIfAbsent(
        code,
        key ->
            Workflow.newActivityStub(
                CarrierActivities.class, ActivityPolicies.carrierTracking(key)));
  }
}
