package com.parceliq.temporal.observability;

import io.temporal.client.WorkflowUpdateHandle;
import io.temporal.common.interceptors.Header;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptor;
import io.temporal.common.interceptors.WorkflowClientCallsInterceptorBase;
import io.temporal.common.interceptors.WorkflowClientInterceptorBase;

/**
 * Puts the caller's correlation ids on signals and updates too. The SDK applies context propagators
 * to workflow starts only, so without this a buy (an update of the long-running shipment workflow)
 * would run its activities under the ids of the request that created the shipment. The worker side
 * ({@link WorkflowMdc}) reads them back in the handler.
 */
public final class CorrelationClientInterceptor extends WorkflowClientInterceptorBase {

  private static final CorrelationPropagator CORRELATION = new CorrelationPropagator();

  @Override
  public WorkflowClientCallsInterceptor workflowClientCallsInterceptor(
      WorkflowClientCallsInterceptor next) {
    return new WorkflowClientCallsInterceptorBase(next) {
      @Override
      public WorkflowSignalOutput signal(WorkflowSignalInput input) {
        carryCorrelation(input.getHeader());
        return super.signal(input);
      }

      @Override
      public <R> WorkflowUpdateHandle<R> startUpdate(StartUpdateInput<R> input) {
        carryCorrelation(input.getHeader());
        return super.startUpdate(input);
      }
    };
  }

  private static void carryCorrelation(Header header) {
    CORRELATION
        .serializeContext(CORRELATION.getCurrentContext())
        .forEach(header.getValues()::putIfAbsent);
  }
}
