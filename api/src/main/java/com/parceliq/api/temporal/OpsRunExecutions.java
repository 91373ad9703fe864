package com.parceliq.api.temporal;

import com.parceliq.api.error.ApiException;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.temporal.api.enums.v1.WorkflowExecutionStatus;
import io.temporal.client.WorkflowExecutionDescription;
import io.temporal.client.WorkflowNotFoundException;
import io.temporal.client.WorkflowStub;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * How the ops routes read a platform run (archival, tenant invoicing) from Temporal: the execution
 * or a 404, its status in the API's words, and a worker's answer within a bounded wait.
 */
public final class OpsRunExecutions {

  private static final Logger LOG = Logger.getLogger(OpsRunExecutions.class);
  private static final ExecutorService CALLS = Executors.newVirtualThreadPerTaskExecutor();

  private OpsRunExecutions() {}

  /** The run's execution, or 404 naming {@code kind} and {@code runId} when there is none. */
  public static WorkflowExecutionDescription describe(
      WorkflowStub execution, String kind, String runId) {
    try {
      return execution.describe();
    } catch (WorkflowNotFoundException missing) {
      throw ApiException.notFound(kind, runId);
    } catch (StatusRuntimeException failure) {
      if (failure.getStatus().getCode() == Status.Code.NOT_FOUND) {
        throw ApiException.notFound(kind, runId);
      }
      throw failure;
    }
  }

  /** Still going: running, or continued as new into a next run of the same id. */
  public static boolean isOpen(WorkflowExecutionStatus status) {
    return status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_RUNNING
        || status == WorkflowExecutionStatus.WORKFLOW_EXECUTION_STATUS_CONTINUED_AS_NEW;
  }

  /** {@code running} while open, else the status in lower case ({@code completed}, ...). */
  public static String statusName(WorkflowExecutionStatus status) {
    if (isOpen(status)) {
      return "running";
    }
    return status.name().replace("WORKFLOW_EXECUTION_STATUS_", "").toLowerCase(Locale.ROOT);
  }

  /**
   * {@code call}'s answer (a result or a query a worker must answer) within {@code wait}; empty
   * when none came, so the caller answers 503 instead of holding the request.
   */
  public static <T> Optional<T> within(Duration wait, String what, Supplier<T> call) {
    Future<T> answer = CALLS.submit(call::get);
    try {
      return Optional.ofNullable(answer.get(wait.toMillis(), TimeUnit.MILLISECONDS));
    } catch (TimeoutException | ExecutionException unanswered) {
      LOG.warnf("%s unavailable: %s", what, unanswered.toString());
      answer.cancel(true);
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      answer.cancel(true);
      return Optional.empty();
    }
  }
}
