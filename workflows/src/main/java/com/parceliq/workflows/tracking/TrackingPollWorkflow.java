package com.parceliq.workflows.tracking;

import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Polls the carriers for parcels on their way that no push has told anything about for a while, and
 * hands the answers to the shipments' workflows. Started by the {@code tracking-poll} schedule;
 * platform-wide (no tenant), one page per run.
 */
@WorkflowInterface
public interface TrackingPollWorkflow {

  /** The schedule's id, and the prefix of the ids of the runs it starts. */
  String SCHEDULE_ID = "tracking-poll";

  @WorkflowMethod
  void run(TrackingPollRun run);
}
