package com.parceliq.activities.webhooks;

import com.parceliq.workflows.ports.WebhookReplayActivities;
import io.temporal.activity.Activity;
import io.temporal.activity.ActivityExecutionContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Pages a replay's events, makes a delivery for each and starts its workflow, heartbeating the last
 * event done: a retry (after a worker crash) resumes there, and pages it repeats find their
 * deliveries made and their workflows started.
 */
@ApplicationScoped
public class WebhookReplayActivitiesImpl implements WebhookReplayActivities {

  @Inject ReplayRecords records;
  @Inject DeliveryStarter starter;

  @Override
  public int replay(String tenantId, String replayId) {
    ActivityExecutionContext context = Activity.getExecutionContext();
    String cursor = context.getHeartbeatDetails(String.class).orElse(null);
    while (true) {
      ReplayRecords.Page page = records.nextPage(tenantId, replayId, cursor);
      if (page.lastEventId() == null) {
        return records.complete(tenantId, replayId);
      }
      for (String deliveryId : page.deliveryIds()) {
        starter.start(tenantId, deliveryId);
      }
      cursor = page.lastEventId();
      context.heartbeat(cursor);
    }
  }
}
