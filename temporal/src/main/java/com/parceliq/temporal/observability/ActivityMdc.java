package com.parceliq.temporal.observability;

import io.temporal.activity.ActivityExecutionContext;
import io.temporal.activity.ActivityInfo;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptor;
import io.temporal.common.interceptors.ActivityInboundCallsInterceptorBase;
import org.slf4j.MDC;

/**
 * The activity side of {@link WorkflowMdcInterceptor}: the ids of the workflow execution that
 * scheduled the activity, for the time it runs. Activity threads are pooled, so everything this
 * task put into the MDC (its own ids and the propagated correlation ids) leaves with it.
 */
final class ActivityMdc extends ActivityInboundCallsInterceptorBase {

  private ActivityInfo info;

  ActivityMdc(ActivityInboundCallsInterceptor next) {
    super(next);
  }

  @Override
  public void init(ActivityExecutionContext context) {
    info = context.getInfo();
    super.init(context);
  }

  @Override
  public ActivityOutput execute(ActivityInput input) {
    MDC.put(CorrelationKeys.WORKFLOW_ID, info.getWorkflowId());
    MDC.put(CorrelationKeys.RUN_ID, info.getRunId());
    try {
      return super.execute(input);
    } finally {
      MDC.remove(CorrelationKeys.WORKFLOW_ID);
      MDC.remove(CorrelationKeys.RUN_ID);
      CorrelationKeys.PROPAGATED.forEach(MDC::remove);
    }
  }
}
