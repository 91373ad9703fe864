package com.parceliq.workers;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.workflows.reconciliation.ReconciliationInboxWorkflow;
import com.parceliq.workflows.reconciliation.ReconciliationWorkflow;
import io.temporal.client.WorkflowClient;
import io.temporal.client.schedules.Schedule;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The {@code reconciliation-inbox} Temporal Schedule, ensured when the workers start (see {@link
 * SchedulesAsCode}): every 15 minutes by default a scan of the carriers' inbox prefixes starts a
 * reconciliation per new file. A scan still going when the next is due is not doubled (overlap
 * SKIP); a missed scan is simply the next one's work, so there is no catch-up to speak of.
 */
@ApplicationScoped
public class ReconciliationInboxSchedule {

  private static final Logger LOG = Logger.getLogger(ReconciliationInboxSchedule.class);

  @Inject WorkflowClient client;

  @ConfigProperty(name = "parceliq.reconciliation.inbox.cron", defaultValue = "*/15 * * * *")
  String cron;

  void ensure() {
    String id = ReconciliationWorkflow.INBOX_SCHEDULE_ID;
    boolean created = SchedulesAsCode.ensure(client, id, schedule());
    LOG.infof(
        "schedule %s %s: cron '%s' UTC, overlap skip",
        id, created ? "created" : "exists; set to", cron);
  }

  Schedule schedule() {
    return SchedulesAsCode.cron(
        ReconciliationInboxWorkflow.class,
        TaskQueues.RECONCILIATION,
        ReconciliationWorkflow.INBOX_SCHEDULE_ID,
        cron,
        "UTC",
        null);
  }
}
