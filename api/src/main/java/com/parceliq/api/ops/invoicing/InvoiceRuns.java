package com.parceliq.api.ops.invoicing;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.idempotency.KeyedIds;
import com.parceliq.api.temporal.OpsRunExecutions;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.store.TenantEntity;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.invoicing.InvoicingProgress;
import com.parceliq.workflows.invoicing.InvoicingRun;
import com.parceliq.workflows.invoicing.TenantInvoicingWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Operator invoicing runs: each a {@link TenantInvoicingWorkflow} on the shipping task queue (its
 * steps on billing). The run id follows from the period and the tenant, so asking again for the
 * same statements joins the run in flight, or starts one that finds them issued and issues nothing:
 * idempotent with or without an Idempotency-Key. Status is Temporal's; counts are the run's result
 * or its query.
 */
@ApplicationScoped
public class InvoiceRuns {

  private static final Logger LOG = Logger.getLogger(InvoiceRuns.class);
  private static final String PLATFORM_SCOPE = "platform";
  private static final String EVERY_TENANT = "*";

  @Inject WorkflowClient client;

  /** How long a GET waits for a worker to answer the progress query before a 503. */
  @ConfigProperty(name = "parceliq.api.invoice-runs.progress-wait", defaultValue = "3s")
  Duration progressWait;

  public InvoiceRunDto start(InvoiceRunBody body) {
    InvoiceRunRequests.Checked checked =
        InvoiceRunRequests.check(
            body, Instant.now(), id -> TenantEntity.findByIdOptional(id).isPresent());
    String period = checked.period().toString();
    String tenant = checked.tenantId() == null ? EVERY_TENANT : checked.tenantId();
    String runId = KeyedIds.derived(IdPrefix.INVOICE_RUN, PLATFORM_SCOPE, period + "\n" + tenant);
    TenantInvoicingWorkflow workflow =
        client.newWorkflowStub(
            TenantInvoicingWorkflow.class, options(WorkflowIds.invoiceRun(runId)));
    try {
      WorkflowClient.start(
          workflow::run, InvoicingRun.requested(runId, period, checked.tenantId()));
    } catch (WorkflowExecutionAlreadyStarted sameRun) {
      LOG.debugf("Invoice run %s already running; the request joins it", runId);
    }
    return new InvoiceRunDto(
        runId,
        InvoiceRunDto.OBJECT,
        InvoicingProgress.RUNNING,
        period,
        checked.tenantId(),
        0,
        0,
        0,
        List.of(),
        null,
        null);
  }

  public InvoiceRunDto view(String runId) {
    if (!IdPrefix.INVOICE_RUN.matches(runId) || runId.length() > 64) {
      throw ApiException.notFound("invoice run", runId);
    }
    WorkflowStub execution = client.newUntypedWorkflowStub(WorkflowIds.invoiceRun(runId));
    WorkflowExecutionDescription description =
        OpsRunExecutions.describe(execution, "invoice run", runId);
    WorkflowExecutionStatus status = description.getStatus();
    InvoicingProgress progress = progress(execution, status);
    return new InvoiceRunDto(
        runId,
        InvoiceRunDto.OBJECT,
        OpsRunExecutions.statusName(status),
        progress.period(),
        progress.tenantId(),
        progress.tenantsDone(),
        progress.issued(),
        progress.alreadyIssued(),
        progress.unbalancedTenants(),
        progress.startedAt() == null ? description.getStartTime() : progress.startedAt(),
        progress.finishedAt() == null ? description.getCloseTime() : progress.finishedAt());
  }

  /** A completed run's result; otherwise its query, answered by a worker in time or a 503. */
  private InvoicingProgress progress(WorkflowStub execution, WorkflowExecutionStatus status) {
    return OpsRunExecutions.within(
            progressWait,
            "invoice run progress",
            () ->
                status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED
                    ? execution.getResult(InvoicingProgress.class)
                    : execution.query("progress", InvoicingProgress.class))
        .orElseThrow(
            () ->
                new ApiException(
                    ErrorCode.DEPENDENCY_UNAVAILABLE,
                    "The run's progress cannot be read right now (no worker answered); retry"
                        + " shortly."));
  }

  private static WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(TaskQueues.SHIPPING)
        .setTypedSearchAttributes(SearchAttributes.platformWide())
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE)
        .build();
  }
}
