package com.parceliq.workflows.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.InvoicingActivities;
import com.parceliq.workflows.ports.IssuedStatement;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded scheduled run (two tenants, one statement issued by an earlier run); records
 * it again with -Dparceliq.record-histories=true.
 */
class TenantInvoicingHistoryTest {

  private static final String HISTORY = "tenant-invoicing-monthly";
  private static final String WORKFLOW_ID = "tenant-invoices-2026-03-02T09:00:00Z";
  private static final int PAGE = TenantInvoicingWorkflowImpl.TENANTS_PER_PAGE;

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedRunReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, TenantInvoicingWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordRun(TestWorkflowEnvironment env) {
    InvoicingActivities steps = HistoryWorkers.activityMock(InvoicingActivities.class);
    HistoryWorkers.registerWorkflows(env);
    HistoryWorkers.queue(env, TaskQueues.BILLING).registerActivitiesImplementations(steps);
    when(steps.invoiceTenants(isNull(), eq(PAGE), eq("2026-02")))
        .thenReturn(List.of("ten_A", "ten_B"));
    when(steps.statementIssue(anyString(), eq("2026-02"), anyString()))
        .thenAnswer(
            call -> {
              String tenant = call.getArgument(0);
              return new IssuedStatement(
                  "inv_" + tenant, tenant, "2026-02", !tenant.equals("ten_B"), 4);
            });
    env.start();

    InvoicingProgress done =
        env.getWorkflowClient()
            .newWorkflowStub(
                TenantInvoicingWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(WORKFLOW_ID)
                    .setTaskQueue(TaskQueues.SHIPPING)
                    .build())
            .run(InvoicingRun.scheduled());

    assertThat(done.status()).isEqualTo(InvoicingProgress.COMPLETED);
    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
