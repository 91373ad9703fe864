package com.parceliq.temporal.observability;

import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import org.slf4j.MDC;

/**
 * The workflow side of {@link WorkflowMdcInterceptor}. The run's own thread gets its ids when it
 * starts; a signal or update handler thread gets them too, and the correlation ids of the request
 * that sent the signal or update when it sent any, so the activities that handler schedules carry
 * that request's ids rather than those of the request that started the workflow.
 */
final class WorkflowMdc extends WorkflowInboundCallsInterceptorBase {

  private static final CorrelationPropagator CORRELATION = new CorrelationPropagator();

  WorkflowMdc(WorkflowInboundCallsInterceptor next) {
    super(next);
  }

  @Override
  public WorkflowOutput execute(WorkflowInput input) {
    nameExecution();
    return super.execute(input);
  }

  @Override
  public void handleSignal(SignalInput input) {
    nameExecution();
    adoptCorrelation(input.getHeader());
    super.handleSignal(input);
  }

  @Override
  public UpdateOutput executeUpdate(UpdateInput input) {
    nameExecution();
    adoptCorrelation(input.getHeader());
    return super.executeUpdate(input);
  }

  private static void nameExecution() {
    WorkflowInfo info = Workflow.getInfo();
    MDC.put(CorrelationKeys.WORKFLOW_ID, info.getWorkflowId());
    MDC.put(CorrelationKeys.RUN_ID, info.getRunId());
  }

  private static void adoptCorrelation(Header header) {
    if (header != null && header.getValues().containsKey(CorrelationKeys.CORRELATION_ID)) {
      CORRELATION.setCurrentContext(CORRELATION.deserializeContext(header.getValues()));
    }
  }
}
