package com.parceliq.workflows.invoicing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.mockito.Mockito.withSettings;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.InvoicingActivities;
import com.parceliq.workflows.ports.IssuedStatement;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.api.common.v1.WorkflowExecution;
import io.temporal.api.enums.v1.EventType;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowFailedException;
import io.temporal.client.WorkflowOptions;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.worker.Worker;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/** The invoicing run, on the time-skipping test server (started 2026-03-02) with mocked steps. */
class TenantInvoicingWorkflowTest {

  private static final int PAGE = TenantInvoicingWorkflowImpl.TENANTS_PER_PAGE;

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  private final InvoicingActivities steps =
      mock(InvoicingActivities.class, withSettings().withoutAnnotations());

  @Test
  void theScheduledRunIssuesThePreviousMonthOfItsStartForEveryTenantPagedInIdOrder(
      TestWorkflowEnvironment env) {
    List<String> first = tenants(0, PAGE);
    List<String> second = tenants(PAGE, 3);
    when(steps.invoiceTenants(isNull(), eq(PAGE), eq("2026-02"))).thenReturn(first);
    when(steps.invoiceTenants(eq(first.getLast()), eq(PAGE), eq("2026-02"))).thenReturn(second);
    when(steps.statementIssue(anyString(), eq("2026-02"), anyString()))
        .thenAnswer(
            call -> {
              String tenant = call.getArgument(0);
              // One tenant's statement was issued by an earlier run: it is counted, not redone.
              return new IssuedStatement(
                  "inv_" + tenant, tenant, "2026-02", !tenant.equals(first.get(7)), 4);
            });

    InvoicingProgress done = workflow(env, "tenant-invoices-1").run(InvoicingRun.scheduled());

    InOrder order = inOrder(steps);
    order.verify(steps).invoiceTenants(null, PAGE, "2026-02");
    order.verify(steps).statementIssue(first.getFirst(), "2026-02", "tenant-invoices-1");
    order.verify(steps).statementIssue(first.getLast(), "2026-02", "tenant-invoices-1");
    order.verify(steps).invoiceTenants(first.getLast(), PAGE, "2026-02");
    order.verify(steps).statementIssue(second.getLast(), "2026-02", "tenant-invoices-1");
    verify(steps, times(PAGE + 3)).statementIssue(anyString(), anyString(), anyString());
    assertThat(done.status()).isEqualTo(InvoicingProgress.COMPLETED);
    assertThat(done.period()).isEqualTo("2026-02");
    assertThat(done.runId()).isEqualTo("tenant-invoices-1");
    assertThat(done.tenantsDone()).isEqualTo(PAGE + 3);
    assertThat(done.issued()).isEqualTo(PAGE + 2);
    assertThat(done.alreadyIssued()).isEqualTo(1);
    assertThat(done.tenantCursor()).isEqualTo(second.getLast());
    assertThat(done.finishedAt()).isNotNull();
  }

  @Test
  void aLongRunContinuesAsNewAfterItsTenantsCarryingPeriodAndProgress(TestWorkflowEnvironment env) {
    int perRun = TenantInvoicingWorkflowImpl.TENANTS_PER_RUN;
    List<String> all = tenants(0, perRun + 50);
    when(steps.invoiceTenants(any(), eq(PAGE), eq("2026-02")))
        .thenAnswer(
            call -> {
              String after = call.getArgument(0);
              int from = after == null ? 0 : all.indexOf(after) + 1;
              return all.subList(from, Math.min(from + PAGE, all.size()));
            });
    when(steps.statementIssue(anyString(), eq("2026-02"), anyString()))
        .thenAnswer(call -> new IssuedStatement("inv_x", call.getArgument(0), "2026-02", true, 0));
    TenantInvoicingWorkflow workflow = workflow(env, "tenant-invoices-long");

    WorkflowExecution first = WorkflowClient.start(workflow::run, InvoicingRun.scheduled());
    InvoicingProgress done =
        env.getWorkflowClient()
            .newUntypedWorkflowStub("tenant-invoices-long")
            .getResult(InvoicingProgress.class);

    assertThat(
            env.getWorkflowClient()
                .fetchHistory("tenant-invoices-long", first.getRunId())
                .getLastEvent()
                .getEventType())
        .isEqualTo(EventType.EVENT_TYPE_WORKFLOW_EXECUTION_CONTINUED_AS_NEW);
    verify(steps).invoiceTenants(all.get(perRun - 1), PAGE, "2026-02");
    verify(steps, times(perRun + 50)).statementIssue(anyString(), anyString(), anyString());
    assertThat(done.status()).isEqualTo(InvoicingProgress.COMPLETED);
    assertThat(done.period()).isEqualTo("2026-02");
    assertThat(done.runId()).isEqualTo("tenant-invoices-long");
    assertThat(done.tenantsDone()).isEqualTo(perRun + 50);
    assertThat(done.issued()).isEqualTo(perRun + 50);
  }

  @Test
  void anOperatorsRunOfOneTenantIssuesOnlyItsStatementOfTheGivenMonth(TestWorkflowEnvironment env) {
    when(steps.statementIssue("ten_A", "2025-11", "ivr_1"))
        .thenReturn(new IssuedStatement("inv_A", "ten_A", "2025-11", true, 12));

    InvoicingProgress done =
        workflow(env, "invoice-run:ivr_1").run(InvoicingRun.requested("ivr_1", "2025-11", "ten_A"));

    verify(steps, never()).invoiceTenants(any(), anyInt(), any());
    verify(steps).statementIssue("ten_A", "2025-11", "ivr_1");
    assertThat(done.status()).isEqualTo(InvoicingProgress.COMPLETED);
    assertThat(done.issued()).isEqualTo(1);
    assertThat(done.tenantsDone()).isEqualTo(1);
  }

  @Test
  void aStatementThatDoesNotBalanceFailsTheRunLoudlyAfterEveryOtherTenantIsIssued(
      TestWorkflowEnvironment env) {
    when(steps.invoiceTenants(isNull(), eq(PAGE), eq("2026-01")))
        .thenReturn(List.of("ten_A", "ten_B", "ten_C"));
    when(steps.statementIssue(anyString(), eq("2026-01"), anyString()))
        .thenAnswer(
            call -> {
              String tenant = call.getArgument(0);
              if (tenant.equals("ten_B")) {
                throw ApplicationFailure.newNonRetryableFailure(
                    "does not balance", ActivityPolicies.STATEMENT_UNBALANCED);
              }
              return new IssuedStatement("inv_" + tenant, tenant, "2026-01", true, 1);
            });

    assertThatThrownBy(
            () ->
                workflow(env, "invoice-run:ivr_2")
                    .run(InvoicingRun.requested("ivr_2", "2026-01", null)))
        .isInstanceOf(WorkflowFailedException.class)
        .rootCause()
        .hasMessageContaining("ten_B");

    // Not retried (a retry would compute the same sums), and ten_C still got its statement.
    verify(steps, times(1)).statementIssue("ten_B", "2026-01", "ivr_2");
    verify(steps).statementIssue("ten_C", "2026-01", "ivr_2");
  }

  private TenantInvoicingWorkflow workflow(TestWorkflowEnvironment env, String workflowId) {
    // The production layout: the workflow on shipping, its steps on billing.
    Worker shipping = env.newWorker(TaskQueues.SHIPPING);
    shipping.registerWorkflowImplementationTypes(TenantInvoicingWorkflowImpl.class);
    env.newWorker(TaskQueues.BILLING).registerActivitiesImplementations(steps);
    env.start();
    return env.getWorkflowClient()
        .newWorkflowStub(
            TenantInvoicingWorkflow.class,
            WorkflowOptions.newBuilder()
                .setWorkflowId(workflowId)
                .setTaskQueue(TaskQueues.SHIPPING)
                .build());
  }

  private static List<String> tenants(int from, int count) {
    return IntStream.range(from, from + count).mapToObj(i -> "ten_%04d".formatted(i)).toList();
  }
}
