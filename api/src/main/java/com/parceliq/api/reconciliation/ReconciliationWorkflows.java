package com.parceliq.api.reconciliation;

import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.reconciliation.ReconciliationRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowNotFoundException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * A run between its start and its row: the workflow's first activity records the row, so for a
 * moment a started run exists only in Temporal. It shows as pending, from the workflow's input.
 */
@ApplicationScoped
class ReconciliationWorkflows {

  @Inject WorkflowClient client;

  Optional<ReconciliationRunDto> pendingRun(String tenantId, String runId) {
    String workflowId = WorkflowIds.reconciliation(tenantId, runId);
    try {
      WorkflowExecutionStatus status =
          client.newUntypedWorkflowStub(workflowId).describe().getStatus();
      if (status != WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING) {
        return Optional.empty();
      }
    } catch (WorkflowNotFoundException missing) {
      return Optional.empty();
    } catch (StatusRuntimeException failure) {
      if (failure.getStatus().getCode() == Status.Code.NOT_FOUND) {
        return Optional.empty();
      }
      throw failure;
    }
    return input(workflowId).map(request -> ReconciliationRunViews.pending(request, null, null));
  }

  private Optional<ReconciliationRequest> input(String workflowId) {
    return client
        .streamHistory(workflowId)
        .findFirst()
        .filter(HistoryEvent::hasWorkflowExecutionStartedEventAttributes)
        .map(
            event ->
                client
                    .getOptions()
                    .getDataConverter()
                    .fromPayloads(
                        0,
                        Optional.of(event.getWorkflowExecutionStartedEventAttributes().getInput()),
                        ReconciliationRequest.class,
                        ReconciliationRequest.class));
  }
}
