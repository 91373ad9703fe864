package com.parceliq.api.ops.archival;

import com.parceliq.api.error.ApiException;
import com.parceliq.api.idempotency.KeyedIds;
import com.parceliq.api.temporal.OpsRunExecutions;
import com.parceliq.domain.ErrorCode;
import com.parceliq.domain.IdPrefix;
import com.parceliq.store.TenantEntity;
import com.parceliq.temporal.SearchAttributes;
import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.archival.ArchivalProgress;
import com.parceliq.workflows.archival.ArchivalRun;
import com.parceliq.workflows.archival.ArchivalWorkflow;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.api.enums.v1.WorkflowIdConflictPolicy;
import io.temporal.api.enums.v1.WorkflowIdReusePolicy;
import io.temporal.api.history.v1.HistoryEvent;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowExecutionAlreadyStarted;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.WorkflowStub;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Operator archival runs: each is an {@link ArchivalWorkflow} execution on the archival task queue,
 * named by its run id. Its status is Temporal's; its counts are the workflow's {@code progress}
 * query (the result, once completed).
 */
@ApplicationScoped
public class ArchivalRuns {

  private static final Logger LOG = Logger.getLogger(ArchivalRuns.class);
  private static final String PROGRESS_QUERY = "progress";

  /** Keys of platform admins share one scope: the run id derives from it and the key. */
  private static final String PLATFORM_SCOPE = "platform";

  /** Temporal calls a request gives up on after a while run here, off the request's thread. */
  @Inject WorkflowClient client;

  /** How long a GET waits for a worker to answer the progress query before a 503. */
  @ConfigProperty(name = "parceliq.api.archival.progress-wait", defaultValue = "3s")
  Duration progressWait;

  /** Starts a run now; with an Idempotency-Key a retry names (and joins) the same run. */
  public ArchivalRunDto start(ArchivalRunBody body, String idempotencyKey) {
    ArchivalRunRequests.Checked checked =
        ArchivalRunRequests.check(
            body, Instant.now(), id -> TenantEntity.findByIdOptional(id).isPresent());
    String runId = KeyedIds.forRequest(IdPrefix.ARCHIVAL_RUN, PLATFORM_SCOPE, idempotencyKey);
    ArchivalWorkflow workflow =
        client.newWorkflowStub(ArchivalWorkflow.class, options(WorkflowIds.archivalRun(runId)));
    try {
      WorkflowClient.start(
          workflow::run,
          ArchivalRun.requested(runId, checked.completedBefore(), checked.tenantId()));
    } catch (WorkflowExecutionAlreadyStarted sameRun) {
      LOG.debugf("Archival run %s already started; the retry joins it", runId);
    }
    return new ArchivalRunDto(
        runId,
        ArchivalRunDto.OBJECT,
        ArchivalProgress.RUNNING,
        checked.completedBefore(),
        checked.tenantId(),
        0,
        0,
        0,
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        null);
  }

  public ArchivalRunDto view(String runId) {
    if (!IdPrefix.ARCHIVAL_RUN.matches(runId)) {
      throw ApiException.notFound("archival run", runId);
    }
    String workflowId = WorkflowIds.archivalRun(runId);
    WorkflowStub execution = client.newUntypedWorkflowStub(workflowId);
    WorkflowExecutionDescription description =
        OpsRunExecutions.describe(execution, "archival run", runId);
    WorkflowExecutionStatus status = description.getStatus();
    ArchivalRun input = input(workflowId);
    ArchivalProgress progress = progress(execution, status, input);
    return new ArchivalRunDto(
        runId,
        ArchivalRunDto.OBJECT,
        OpsRunExecutions.statusName(status),
        input == null ? progress.completedBefore() : input.completedBefore(),
        input == null ? null : input.tenantId(),
        progress.pages(),
        progress.shipmentsArchived(),
        progress.bytesArchived(),
        progress.startedAt() == null ? description.getStartTime() : progress.startedAt(),
        progress.finishedAt() == null ? description.getCloseTime() : progress.finishedAt());
  }

  /** The current run's input: the request, and the progress carried over by continue-as-new. */
  private ArchivalRun input(String workflowId) {
    Optional<HistoryEvent> started = client.streamHistory(workflowId).findFirst();
    return started
        .filter(HistoryEvent::hasWorkflowExecutionStartedEventAttributes)
        .map(
            event ->
                client
                    .getOptions()
                    .getDataConverter()
                    .fromPayloads(
                        0,
                        Optional.of(event.getWorkflowExecutionStartedEventAttributes().getInput()),
                        ArchivalRun.class,
                        ArchivalRun.class))
        .orElse(null);
  }

  /**
   * A completed run's result needs no worker; a running one's progress is its query, answered by a
   * worker within {@code parceliq.api.archival.progress-wait} or a 503. A run that ended otherwise
   * (failed, terminated) shows what its query or, failing that, its input still tells.
   */
  private ArchivalProgress progress(
      WorkflowStub execution, WorkflowExecutionStatus status, ArchivalRun input) {
    if (status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_COMPLETED) {
      return OpsRunExecutions.within(
              progressWait, "archival progress", () -> execution.getResult(ArchivalProgress.class))
          .orElseThrow(ArchivalRuns::progressUnavailable);
    }
    Optional<ArchivalProgress> queried =
        OpsRunExecutions.within(
            progressWait,
            "archival progress",
            () -> execution.query(PROGRESS_QUERY, ArchivalProgress.class));
    if (queried.isPresent()) {
      return queried.get();
    }
    if (OpsRunExecutions.isOpen(status) || input == null) {
      throw progressUnavailable();
    }
    return input.progress() == null ? empty(input) : input.progress();
  }

  private static ArchivalProgress empty(ArchivalRun input) {
    return new ArchivalProgress(
        input.runId(), null, input.completedBefore(), null, null, 0, 0, 0, 0, null, null);
  }

  private static ApiException progressUnavailable() {
    return new ApiException(
        ErrorCode.DEPENDENCY_UNAVAILABLE,
        "The run's progress cannot be read right now (no archival worker answered); retry"
            + " shortly.");
  }

  private static WorkflowOptions options(String workflowId) {
    return WorkflowOptions.newBuilder()
        .setWorkflowId(workflowId)
        .setTaskQueue(TaskQueues.ARCHIVAL)
        .setTypedSearchAttributes(SearchAttributes.platformWide())
        .setWorkflowIdConflictPolicy(
            WorkflowIdConflictPolicy.WORKFLOW_ID_CONFLICT_POLICY_USE_EXISTING)
        .setWorkflowIdReusePolicy(
            WorkflowIdReusePolicy.WORKFLOW_ID_REUSE_POLICY_ALLOW_DUPLICATE_FAILED_ONLY)
        .build();
  }
}
