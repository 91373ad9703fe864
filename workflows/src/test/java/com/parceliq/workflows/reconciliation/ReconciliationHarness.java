package com.parceliq.workflows.reconciliation;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.WorkflowRegistrations;
import com.parceliq.workflows.ports.ClassifiedPage;
import com.parceliq.workflows.ports.EventActivities;
import com.parceliq.workflows.ports.ParsedInvoice;
import com.parceliq.workflows.ports.ReconciliationActivities;
import com.parceliq.workflows.ports.ReconciliationLimits;
import com.parceliq.workflows.ports.ReconciliationRunState;
import com.parceliq.workflows.ports.ReconciliationTotals;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.worker.Worker;
import java.util.Map;

/** A reconciliation worker on its production queue, with mocked steps and events. */
final class ReconciliationHarness {

  static final String TENANT = "ten_01RECON";
  static final String RUN = "rec_01RECON";
  static final ReconciliationRequest REQUEST =
      new ReconciliationRequest(
          TENANT,
          RUN,
          "sandbox",
          "upload",
          "parceliq-reconciliation",
          "uploads/" + TENANT + "/" + RUN + ".csv");
  static final ParsedInvoice PARSED =
      new ParsedInvoice("sandbox", "sandbox", "SBX-20261120", 5, 400);

  final ReconciliationActivities steps =
      mock(ReconciliationActivities.class, withSettings().withoutAnnotations());
  final EventActivities events = mock(EventActivities.class, withSettings().withoutAnnotations());
  private final TestWorkflowEnvironment env;

  ReconciliationHarness(TestWorkflowEnvironment env, int pageSize, int pagesPerRun) {
    this.env = env;
    Worker worker = env.newWorker(TaskQueues.RECONCILIATION);
    worker.registerWorkflowImplementationTypes(
        WorkflowRegistrations.forTaskQueue(TaskQueues.RECONCILIATION).toArray(Class<?>[]::new));
    worker.registerActivitiesImplementations(steps, events);
    when(steps.reconcileLimits()).thenReturn(new ReconciliationLimits(pageSize, pagesPerRun));
  }

  ReconciliationWorkflow workflow() {
    return env.getWorkflowClient()
        .newWorkflowStub(
            ReconciliationWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId("reconciliation:" + TENANT + ":" + RUN)
                .setTaskQueue(TaskQueues.RECONCILIATION)
                .build());
  }

  static ReconciliationRunState state(String status) {
    return new ReconciliationRunState(status, 0, 0, null);
  }

  static ClassifiedPage page(int labels, String last) {
    return new ClassifiedPage(labels, last);
  }

  static ReconciliationTotals totals(String status, long labels, String failureCode) {
    return new ReconciliationTotals(
        RUN,
        status,
        "sandbox",
        "SBX-20261120",
        5,
        labels,
        labels == 0
            ? Map.of()
            : Map.of("overbilled", Map.of("labels", 1, "billed", "8.25", "posted", "-1.00")),
        labels == 0 ? null : "8.25",
        labels == 0 ? null : "7.25",
        labels == 0 ? null : "-1.00",
        labels == 0 ? null : "reports/" + TENANT + "/" + RUN + ".csv",
        failureCode);
  }
}
