package com.parceliq.workflows.invoicing;

import com.parceliq.domain.invoices.StatementPeriod;
import com.parceliq.workflows.ports.InvoicingActivities;
import com.parceliq.workflows.ports.IssuedStatement;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.failure.ActivityFailure;
import io.temporal.failure.ApplicationFailure;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;

/**
 * Tenant after tenant in id order, one statement activity each. The period is fixed at the first
 * run (the month before the workflow's start time, when not given) and carried across
 * continue-as-new, so a run that crosses midnight of the 1st still issues one month. A statement
 * that does not balance fails loudly, but only after every other tenant's statement is issued.
 */
public class TenantInvoicingWorkflowImpl implements TenantInvoicingWorkflow {

  static final int TENANTS_PER_PAGE = 100;
  static final int TENANTS_PER_RUN = 1_000;

  private static final Logger log = Workflow.getLogger(TenantInvoicingWorkflowImpl.class);

  private final InvoicingActivities steps =
      Workflow.newActivityStub(InvoicingActivities.class, ActivityPolicies.invoicingSteps());
  private final InvoicingActivities statements =
      Workflow.newActivityStub(InvoicingActivities.class, ActivityPolicies.invoicingStatements());

  private InvoicingRun run;
  private InvoicingProgress progress;
  private int tenantsThisRun;

  @Override
  public InvoicingProgress run(InvoicingRun input) {
    run = input == null ? InvoicingRun.scheduled() : input;
    progress = run.progress() != null ? run.progress() : started();
    if (run.tenantId() != null) {
      issue(run.tenantId());
    } else {
      issueEveryTenant();
    }
    boolean balanced = progress.unbalancedTenants().isEmpty();
    progress =
        withStatus(
            balanced ? InvoicingProgress.COMPLETED : InvoicingProgress.FAILED, now(), progress);
    log.info(
        "invoicing {} of {}: {} issued, {} already issued, {} tenants",
        progress.runId(),
        progress.period(),
        progress.issued(),
        progress.alreadyIssued(),
        progress.tenantsDone());
    if (!balanced) {
      throw ApplicationFailure.newNonRetryableFailure(
          "statements of "
              + progress.period()
              + " do not balance for "
              + progress.unbalancedTenants(),
          ActivityPolicies.STATEMENT_UNBALANCED);
    }
    return progress;
  }

  @Override
  public InvoicingProgress progress() {
    return progress;
  }

  private void issueEveryTenant() {
    while (true) {
      List<String> tenants =
          steps.invoiceTenants(progress.tenantCursor(), TENANTS_PER_PAGE, progress.period());
      for (String tenantId : tenants) {
        issue(tenantId);
        tenantsThisRun++;
      }
      if (tenants.size() < TENANTS_PER_PAGE) {
        return;
      }
      if (tenantsThisRun >= TENANTS_PER_RUN) {
        Workflow.continueAsNew(
            new InvoicingRun(run.runId(), progress.period(), run.tenantId(), progress));
      }
    }
  }

  private void issue(String tenantId) {
    List<String> unbalanced = new ArrayList<>(progress.unbalancedTenants());
    int issued = progress.issued();
    int already = progress.alreadyIssued();
    try {
      IssuedStatement statement =
          statements.statementIssue(tenantId, progress.period(), progress.runId());
      if (statement.issuedNow()) {
        issued++;
      } else {
        already++;
      }
    } catch (ActivityFailure failure) {
      if (!(failure.getCause() instanceof ApplicationFailure cause)
          || !ActivityPolicies.STATEMENT_UNBALANCED.equals(cause.getType())) {
        throw failure;
      }
      log.error("statement of {} for {} does not balance", tenantId, progress.period(), failure);
      unbalanced.add(tenantId);
    }
    progress =
        new InvoicingProgress(
            progress.runId(),
            progress.tenantId(),
            progress.status(),
            progress.period(),
            tenantId,
            progress.tenantsDone() + 1,
            issued,
            already,
            unbalanced,
            progress.startedAt(),
            null);
  }

  private InvoicingProgress started() {
    String runId = run.runId() != null ? run.runId() : Workflow.getInfo().getWorkflowId();
    String period =
        run.period() != null ? run.period() : StatementPeriod.previous(now()).toString();
    return new InvoicingProgress(
        runId,
        run.tenantId(),
        InvoicingProgress.RUNNING,
        period,
        null,
        0,
        0,
        0,
        List.of(),
        now(),
        null);
  }

  private static InvoicingProgress withStatus(
      String status, Instant finishedAt, InvoicingProgress p) {
    return new InvoicingProgress(
        p.runId(),
        p.tenantId(),
        status,
        p.period(),
        p.tenantCursor(),
        p.tenantsDone(),
        p.issued(),
        p.alreadyIssued(),
        p.unbalancedTenants(),
        p.startedAt(),
        finishedAt);
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
