package com.parceliq.it.bench.webhooks;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Bench only: emits {@code count} synthetic events of the bench tenant through the workers' own
 * {@code Emit} activity (the one every ParcelIQ workflow calls), so each goes through the real
 * record, fan-out and delivery path.
 */
@WorkflowInterface
public interface BenchEmitterWorkflow {

  @WorkflowMethod
  int emit(String tenantId, String batch, int count);
}
