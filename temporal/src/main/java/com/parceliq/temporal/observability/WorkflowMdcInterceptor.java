package com.parceliq.temporal.observability;

import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkerInterceptorBase;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;

/**
 * Names the workflow execution on every log line a workflow or activity writes: {@code workflow_id}
 * and {@code run_id} in the MDC, next to the correlation ids {@link CorrelationPropagator} puts
 * there. With them an operator goes from a log line to the execution in the Web UI and back.
 */
public final class WorkflowMdcInterceptor extends WorkerInterceptorBase {

  @Override
  public WorkflowInboundCallsInterceptor interceptWorkflow(WorkflowInboundCallsInterceptor next) {
    return new WorkflowMdc(next);
  }

  @Override
  public ActivityInboundCallsInterceptor interceptActivity(ActivityInboundCallsInterceptor next) {
    return new ActivityMdc(next);
  }
}
