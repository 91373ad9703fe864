package com.parceliq.workflows.webhooks;

import com.parceliq.workflows.ports.WebhookReplayActivities;
import com.parceliq.workflows.support.ActivityPolicies;
import io.temporal.workflow.Workflow;

/**
 * One heartbeating activity pages the selected events and starts their deliveries: the replay of
 * months of events stays a handful of history events, and a worker crash resumes from the last
 * heartbeat instead of from the first page.
 */
public class WebhookReplayWorkflowImpl implements WebhookReplayWorkflow {

  private final WebhookReplayActivities replays =
      Workflow.newActivityStub(WebhookReplayActivities.class, ActivityPolicies.webhookReplay());

  @Override
  public int replay(String tenantId, String replayId) {
    return replays.replay(tenantId, replayId);
  }
}
