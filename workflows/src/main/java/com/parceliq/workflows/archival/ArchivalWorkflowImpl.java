package com.parceliq.workflows.archival;

import com.parceliq.workflows.ports.ArchivalActivities;
import com.parceliq.workflows.ports.ArchivalLimits;
import com.parceliq.workflows.ports.ArchivedPage;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.workflow.Workflow;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;

/**
 * Tenant after tenant in id order, and for each its pages of finished shipments until a page comes
 * back empty. Every {@code pages-per-run} pages the run continues as new with its progress, so the
 * history stays short however many shipments are due; the progress names the tenant in the middle
 * and the last one finished, which is where the next run picks up. A page's own crash safety is the
 * activity's (it heartbeats its steps); here a page is counted once, when it returns.
 */
public class ArchivalWorkflowImpl implements ArchivalWorkflow {

  private static final Logger log = Workflow.getLogger(ArchivalWorkflowImpl.class);

  private final ArchivalActivities steps =
      Workflow.newActivityStub(ArchivalActivities.class, ActivityPolicies.archivalSteps());
  private final ArchivalActivities pages =
      Workflow.newActivityStub(ArchivalActivities.class, ActivityPolicies.archivalPages());

  private ArchivalRun run;
  private ArchivalProgress progress;
  private ArchivalLimits limits;
  private int pagesThisRun;

  @Override
  public ArchivalProgress run(ArchivalRun input) {
    run = input == null ? ArchivalRun.scheduled() : input;
    progress = run.progress() != null ? run.progress() : started();
    limits = steps.archivalLimits();
    if (run.tenantId() != null) {
      archiveTenant(run.tenantId());
    } else {
      archiveEveryTenant();
    }
    progress = ArchivalProgresses.completed(progress, now());
    log.info(
        "archival {}: {} shipments in {} pages ({} bytes) from {} tenants",
        progress.runId(),
        progress.shipmentsArchived(),
        progress.pages(),
        progress.bytesArchived(),
        progress.tenantsDone());
    return progress;
  }

  @Override
  public ArchivalProgress progress() {
    return progress;
  }

  private void archiveEveryTenant() {
    if (progress.currentTenantId() != null) {
      archiveTenant(progress.currentTenantId());
    }
    while (true) {
      List<String> tenants =
          steps.archivalTenants(progress.tenantCursor(), limits.tenantsPerPage());
      for (String tenantId : tenants) {
        archiveTenant(tenantId);
      }
      if (tenants.size() < limits.tenantsPerPage()) {
        return;
      }
    }
  }

  /** Pages until the tenant has nothing eligible left, then marks it done. */
  private void archiveTenant(String tenantId) {
    progress = ArchivalProgresses.working(progress, tenantId);
    Instant cutoff =
        run.completedBefore() != null ? run.completedBefore() : steps.archivalCutoff(tenantId);
    String afterShipmentId = null;
    while (true) {
      ArchivedPage page = pages.archivePage(tenantId, cutoff, progress.runId(), afterShipmentId);
      if (page.nothingSelected()) {
        break;
      }
      progress = ArchivalProgresses.paged(progress, page);
      afterShipmentId = page.lastShipmentId();
      pagesThisRun++;
      if (pagesThisRun >= limits.pagesPerRun()) {
        // The tenant resumes from its first eligible shipment: what this run moved is gone.
        Workflow.continueAsNew(
            new ArchivalRun(run.runId(), run.completedBefore(), run.tenantId(), progress));
      }
    }
    progress = ArchivalProgresses.tenantDone(progress, tenantId);
  }

  private ArchivalProgress started() {
    // An operator's run has its own id; a schedule's run is known by its workflow id.
    String runId = run.runId() != null ? run.runId() : Workflow.getInfo().getWorkflowId();
    return new ArchivalProgress(
        runId,
        ArchivalProgress.RUNNING,
        run.completedBefore(),
        null,
        null,
        0,
        0,
        0,
        0,
        now(),
        null);
  }

  private static Instant now() {
    return Instant.ofEpochMilli(Workflow.currentTimeMillis());
  }
}
