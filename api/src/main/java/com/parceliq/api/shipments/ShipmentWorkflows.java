package com.parceliq.api.shipments;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.temporal.WorkflowWait;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.ShipmentStatus;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.ports.RateQuote;
import com.parceliq.workflows.shipment.BuyLabel;
import com.parceliq.workflows.shipment.NewShipment;
import com.parceliq.workflows.shipment.OperatorDecision;
import com.parceliq.workflows.shipment.RerouteShipment;
import com.parceliq.workflows.shipment.ShipmentSnapshot;
import com.parceliq.workflows.shipment.ShipmentWorkflow;
import com.parceliq.workflows.shipment.VoidLabel;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.client.UpdateOptions;
import io.temporal.client.WithStartWorkflowOperation;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.client.WorkflowUpdateStage;
import io.temporal.client.WorkflowUpdateTimeoutOrCancelledException;
import io.temporal.workflow.Functions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The API's calls into a shipment's workflow. Each waits for the update to be accepted (validators
 * refuse invalid transitions synchronously), then at most {@link WorkflowWait} for its result. Buy,
 * void and reroute may take longer (carrier retries): past the wait they answer "still running"
 * instead of failing, and the workflow carries on.
 */
@ApplicationScoped
public class ShipmentWorkflows {

  @Inject WorkflowClient client;
  @Inject WorkflowWait wait;

  /** Starts the workflow and waits until it has recorded the shipment (update-with-start). */
  public ShipmentSnapshot create(NewShipment shipment) {
    ShipmentWorkflow workflow =
        client.newWorkflowStub(ShipmentWorkflow.class, startOptions(shipment));
    WithStartWorkflowOperation<Void> start =
        new WithStartWorkflowOperation<>(workflow::run, shipment);
    return await(
        WorkflowClient.startUpdateWithStart(
            workflow::created,
            UpdateOptions.<ShipmentSnapshot>newBuilder()
                .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                .build(),
            start));
  }

  public List<RateQuote> rate(String tenantId, String shipmentId) {
    ShipmentWorkflow workflow = existing(tenantId, shipmentId);
    return onLiveWorkflow(
        shipmentId,
        () ->
            await(
                WorkflowClient.startUpdate(
                    workflow::rate,
                    UpdateOptions.<List<RateQuote>>newBuilder()
                        .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                        .build())));
  }

  /**
   * The update id derives from the idempotency key, so Temporal runs one purchase per key and a
   * retry with the same key re-attaches to it. Empty when the purchase outlasts the wait.
   */
  public Optional<ShipmentSnapshot> buy(String tenantId, String shipmentId, BuyLabel request) {
    ShipmentWorkflow workflow = existing(tenantId, shipmentId);
    return keyedUpdate(shipmentId, workflow::buy, request, buyUpdateId(request.idempotencyKey()));
  }

  /**
   * Keyed like buy: one void per key; a second key finds the void done and changes nothing. Empty
   * when the void outlasts the wait.
   */
  public Optional<ShipmentSnapshot> voidLabel(
      String tenantId, String shipmentId, VoidLabel request) {
    ShipmentWorkflow workflow = existing(tenantId, shipmentId);
    return keyedUpdate(
        shipmentId, workflow::voidLabel, request, voidUpdateId(request.idempotencyKey()));
  }

  /**
   * Keyed like buy: one reroute per key, so a retry re-attaches to it and never pays the carrier's
   * fee twice. Empty when the reroute outlasts the wait.
   */
  public Optional<ShipmentSnapshot> reroute(
      String tenantId, String shipmentId, RerouteShipment request) {
    ShipmentWorkflow workflow = existing(tenantId, shipmentId);
    return keyedUpdate(
        shipmentId, workflow::reroute, request, rerouteUpdateId(request.idempotencyKey()));
  }

  /**
   * Sends an operator's decision to a parked shipment. A signal, not an update: the Web UI and the
   * CLI resolve a parked shipment the same way, and the workflow ignores a decision it cannot use.
   */
  public void operatorDecision(String tenantId, String shipmentId, OperatorDecision decision) {
    ShipmentWorkflow workflow = existing(tenantId, shipmentId);
    onLiveWorkflow(
        shipmentId,
        () -> {
          workflow.operatorDecision(decision);
          return decision;
        });
  }

  /** An update whose id comes from the client's key, waited for at most the configured time. */
  private <A> Optional<ShipmentSnapshot> keyedUpdate(
      String shipmentId, Functions.Func1<A, ShipmentSnapshot> update, A request, String updateId) {
    return onLiveWorkflow(
        shipmentId,
        () ->
            awaitBounded(
                WorkflowClient.startUpdate(
                    update,
                    request,
                    UpdateOptions.<ShipmentSnapshot>newBuilder()
                        .setUpdateId(updateId)
                        .setWaitForStage(WorkflowUpdateStage.ACCEPTED)
                        .build())));
  }

  static String voidUpdateId(String idempotencyKey) {
    return "void:" + idempotencyKey;
  }

  static String rerouteUpdateId(String idempotencyKey) {
    return "reroute:" + idempotencyKey;
  }

  static String buyUpdateId(String idempotencyKey) {
    return "buy:" + idempotencyKey;
  }

  static WorkflowOptions startOptions(NewShipment shipment) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(WorkflowIds.shipment(shipment.tenantId(), shipment.shipmentId()))
        .setTaskQueue(TaskQueues.SHIPPING)
        .setWorkflowIdConflictPolicy(WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_FAIL)
        .setTypedSearchAttributes(
            io.temporal.common.SearchAttributes.newBuilder()
                .set(SearchAttributes.TENANT_ID, shipment.tenantId())
                .set(SearchAttributes.SHIPMENT_ID, shipment.shipmentId())
                .set(SearchAttributes.SHIPMENT_STATUS, ShipmentStatus.CREATED.wireName())
                .build())
        .build();
  }

  private ShipmentWorkflow existing(String tenantId, String shipmentId) {
    return client.newWorkflowStub(
        ShipmentWorkflow.class, WorkflowIds.shipment(tenantId, shipmentId));
  }

  private <R> R await(WorkflowUpdateHandle<R> handle) {
    return handle.getResult(wait.duration().toMillis(), TimeUnit.MILLISECONDS);
  }

  /**
   * The update's result, or empty when it is still running after the wait: the update is accepted
   * and durable, so the workflow finishes it whether or not anyone waits.
   */
  private <R> Optional<R> awaitBounded(WorkflowUpdateHandle<R> handle) {
    try {
      return Optional.of(await(handle));
    } catch (WorkflowUpdateTimeoutOrCancelledException stillRunning) {
      return Optional.empty();
    }
  }

  /** A shipment whose workflow has ended (a final state) accepts no further operation. */
  private static <R> R onLiveWorkflow(String shipmentId, Supplier<R> call) {
    try {
      return call.get();
    } catch (WorkflowNotFoundException ended) {
      throw new ApiException(
          ErrorCode.SHIPMENT_INVALID_STATE,
          "Shipment " + shipmentId + " is closed and accepts no further operations.");
    }
  }
}
