package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/** Re-delivers a replay's events: pages them and starts a delivery for each. */
@ActivityInterface
public interface WebhookReplayActivities {

  /**
   * Creates a replay delivery per selected event, starts its delivery workflow, and marks the
   * replay completed. Heartbeats its position, so a retry resumes where the last attempt was.
   * Returns how many deliveries the replay made.
   */
  int replay(String tenantId, String replayId);
}
