package com.parceliq.workflows.archival;

import io.temporal.workflow.QueryMethod;
import io.temporal.workflow.WorkflowInterface;
import io.temporal.workflow.WorkflowMethod;

/**
 * Moves finished shipments out of PostgreSQL into S3, tenant by tenant and page by page, and
 * deletes the hot rows only once a page is written, verified and indexed. Started daily by the
 * {@code archival} schedule, or at once by an operator ({@code POST /v1/ops/archival/runs}).
 */
@WorkflowInterface
public interface ArchivalWorkflow {

  /** The schedule's id, and the prefix of the ids of the runs it starts. */
  String SCHEDULE_ID = "archival";

  /** Returns the final progress (state {@code completed}). */
  @WorkflowMethod
  ArchivalProgress run(ArchivalRun run);

  /** What this run has done so far, carried across continue-as-new. */
  @QueryMethod
  ArchivalProgress progress();
}
