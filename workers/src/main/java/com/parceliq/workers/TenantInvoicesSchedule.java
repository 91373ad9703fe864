package com.parceliq.workers;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.invoicing.InvoicingRun;
import com.parceliq.workflows.invoicing.TenantInvoicingWorkflow;
import io.temporal.api.enums.v1.ScheduleOverlapPolicy;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowOptions;
import io.temporal.client.schedules.Schedule;
import io.temporal.client.schedules.ScheduleActionStartWorkflow;
import io.temporal.client.schedules.SchedulePolicy;
import io.temporal.client.schedules.ScheduleSpec;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
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
    return Schedule.newBuilder()
        .setAction(
            ScheduleActionStartWorkflow.newBuilder()
                .setWorkflowType(TenantInvoicingWorkflow.class)
                .setArguments(InvoicingRun.scheduled())
                .setOptions(
                    WorkflowOptions.newBuilder()
                        .setWorkflowId(TenantInvoicingWorkflow.SCHEDULE_ID)
                        .setTaskQueue(TaskQueues.SHIPPING)
                        .build())
                .build())
        .setSpec(
            ScheduleSpec.newBuilder()
                .setCronExpressions(List.of(cron))
                .setTimeZoneName(timeZone)
                .build())
        .setPolicy(
            SchedulePolicy.newBuilder()
                .setOverlap(ScheduleOverlapPolicy.SCHEDULE_OVERLAP_POLICY_SKIP)
                .setCatchupWindow(catchupWindow)
                .build())
        .build();
  }

  private String describe() {
    return "cron '%s' in %s, catch-up window %s, overlap skip"
        .formatted(cron, timeZone, catchupWindow);
  }
}
