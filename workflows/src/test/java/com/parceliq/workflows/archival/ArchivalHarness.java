package com.parceliq.workflows.archival;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.ArchivalActivities;
import com.parceliq.workflows.ports.ArchivalLimits;
import com.parceliq.workflows.ports.ArchivedPage;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.time.Instant;

/** An archival worker on its production queue, with mocked steps. */
final class ArchivalHarness {

  static final Instant CUTOFF_A = Instant.parse("2025-12-02T09:00:00Z");
  static final Instant CUTOFF_B = Instant.parse("2026-01-01T09:00:00Z");

  final ArchivalActivities steps =
      mock(ArchivalActivities.class, withSettings().withoutAnnotations());
  private final TestWorkflowEnvironment env;

  ArchivalHarness(TestWorkflowEnvironment env, int pagesPerRun, int tenantsPerPage) {
    this.env = env;
    Worker archival = env.newWorker(TaskQueues.ARCHIVAL);
    archival.registerWorkflowImplementationTypes(
        WorkflowRegistrations.forTaskQueue(TaskQueues.ARCHIVAL).toArray(Class<?>[]::new));
    archival.registerActivitiesImplementations(steps);
    when(steps.archivalLimits()).thenReturn(new ArchivalLimits(pagesPerRun, tenantsPerPage));
  }

  ArchivalWorkflow workflow(String workflowId) {
    return env.getWorkflowClient()
        .newWorkflowStub(
            ArchivalWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TaskQueues.ARCHIVAL)
                .build());
  }

  static ArchivedPage page(int archived, long bytes, String lastShipmentId) {
    return new ArchivedPage(
        archived, archived, bytes, lastShipmentId, "shipments/" + lastShipmentId);
  }
}
