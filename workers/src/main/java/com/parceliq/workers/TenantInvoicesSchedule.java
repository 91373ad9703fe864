package com.parceliq.workers;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.invoicing.InvoicingRun;
import com.parceliq.workflows.invoicing.TenantInvoicingWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@code tenant-invoices} Temporal Schedule, ensured when the workers start like the archival
 * schedule. Monthly by default (04:00 UTC on the 1st); each run issues the month before its own
 * start time, so a run made up within the catch-up window (a week by default) still issues the
 * month it was due for, as long as it runs within the following month. A run still going when the
 * next is due is not doubled (overlap SKIP).
 */
@ApplicationScoped
public class TenantInvoicesSchedule {

  private static final Logger LOG = Logger.getLogger(TenantInvoicesSchedule.class);

  @Inject WorkflowClient client;

  @ConfigProperty(name = "parceliq.invoices.schedule.cron", defaultValue = "0 4 1 * *")
  String cron;

  @ConfigProperty(name = "parceliq.invoices.schedule.time-zone", defaultValue = "UTC")
  String timeZone;

  @ConfigProperty(name = "parceliq.invoices.schedule.catchup-window", defaultValue = "7d")
  Duration catchupWindow;

  void ensure() {
    boolean created =
        SchedulesAsCode.ensure(client, TenantInvoicingWorkflow.SCHEDULE_ID, schedule());
    LOG.infof(
        "schedule %s %s: %s",
        TenantInvoicingWorkflow.SCHEDULE_ID, created ? "created" : "exists; set to", describe());
  }

  Schedule schedule() {
    return SchedulesAsCode.cron(
        TenantInvoicingWorkflow.class,
        TaskQueues.SHIPPING,
        TenantInvoicingWorkflow.SCHEDULE_ID,
        cron,
        timeZone,
        catchupWindow,
        InvoicingRun.scheduled());
  }

  private String describe() {
    return "cron '%s' in %s, catch-up window %s, overlap skip"
        .formatted(cron, timeZone, catchupWindow);
  }
}
