package com.parceliq.workers;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.archival.ArchivalRun;
import com.parceliq.workflows.archival.ArchivalWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@code archival} Temporal Schedule, created when the workers start (idempotent: every worker
 * tries, the first creates it, the others bring its spec and policy in line with their
 * configuration). Daily by default; a run still going when the next is due is not doubled (overlap
 * SKIP), and runs missed while Temporal was down are made up only within the catch-up window.
 * Operators pause, trigger and backfill it with {@code temporal schedule ...}.
 */
@ApplicationScoped
public class ArchivalSchedule {

  private static final Logger LOG = Logger.getLogger(ArchivalSchedule.class);

  @Inject WorkflowClient client;

  @ConfigProperty(name = "parceliq.archival.schedule.cron", defaultValue = "0 3 * * *")
  String cron;

  @ConfigProperty(name = "parceliq.archival.schedule.time-zone", defaultValue = "UTC")
  String timeZone;

  @ConfigProperty(name = "parceliq.archival.schedule.catchup-window", defaultValue = "1d")
  Duration catchupWindow;

  void ensure() {
    boolean created = SchedulesAsCode.ensure(client, ArchivalWorkflow.SCHEDULE_ID, schedule());
    LOG.infof(
        "schedule %s %s: %s",
        ArchivalWorkflow.SCHEDULE_ID, created ? "created" : "exists; set to", describe());
  }

  Schedule schedule() {
    return SchedulesAsCode.cron(
        ArchivalWorkflow.class,
        TaskQueues.ARCHIVAL,
        ArchivalWorkflow.SCHEDULE_ID,
        cron,
        timeZone,
        catchupWindow,
        ArchivalRun.scheduled());
  }

  private String describe() {
    return "cron '%s' in %s, catch-up window %s, overlap skip"
        .formatted(cron, timeZone, catchupWindow);
  }
}
