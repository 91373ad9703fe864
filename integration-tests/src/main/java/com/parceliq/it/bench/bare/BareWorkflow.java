package com.parceliq.it.bench.bare;

import io.temporal.workflow.UpdateMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * The baseline: an entity workflow shaped like the shipment workflow (started by update-with-start,
 * then driven by updates) whose "purchase" runs one activity that does nothing.
 */
@WorkflowInterface
public interface BareWorkflow {

  /** Waits until its one purchase is done, then ends so that a run leaves nothing open. */
  @WorkflowMethod
  void run();

  /** The creation update, like the shipment's {@code created}: answers once the entity exists. */
  @UpdateMethod
  String created();

  /** The timed update, like {@code buy}: runs one no-op activity and returns its answer. */
  @UpdateMethod
  String purchase(String key);
}
