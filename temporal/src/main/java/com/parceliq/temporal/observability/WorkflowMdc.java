package com.parceliq.temporal.observability;

import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptor;
import io.temporal.common.interceptors.WorkflowInboundCallsInterceptorBase;
import io.temporal.workflow.Workflow;
import io.temporal.workflow.WorkflowInfo;
import java.util.Map;
import java.util.Optional;
import org.slf4j.MDC;

/**
 * The workflow side of {@link WorkflowMdcInterceptor}. The run's own thread gets its ids when it
 * starts; a signal or update handler runs on a thread of its own, which gets them too, and the
 * correlation ids of the request that sent the signal or update (else those of the request that
 * started the workflow), so the activities that handler schedules carry the right request's ids.
 */
final class WorkflowMdc extends WorkflowInboundCallsInterceptorBase {

  private static final CorrelationPropagator CORRELATION = new CorrelationPropagator();

  /** The correlation ids of the request that started this run. */
  private Object startedBy = Map.of();

  WorkflowMdc(WorkflowInboundCallsInterceptor next) {
    super(next);
  }

  @Override
  public WorkflowOutput execute(WorkflowInput input) {
    nameExecution();
    startedBy = correlationOf(input.getHeader()).orElse(Map.of());
    CORRELATION.setCurrentContext(startedBy);
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

  private void adoptCorrelation(Header header) {
    CORRELATION.setCurrentContext(correlationOf(header).orElse(startedBy));
  }

  private static Optional<Object> correlationOf(Header header) {
    if (header == null || !header.getValues().containsKey(CorrelationKeys.CORRELATION_ID)) {
      return Optional.empty();
    }
    return Optional.of(CORRELATION.deserializeContext(header.getValues()));
  }
}
