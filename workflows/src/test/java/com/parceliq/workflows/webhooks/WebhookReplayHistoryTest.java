package com.parceliq.workflows.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import com.parceliq.temporal.TaskQueues;
import com.parceliq.temporal.WorkflowIds;
import com.parceliq.workflows.HistoryWorkers;
import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.WebhookReplayActivities;
import io.temporal.client.WorkflowOptions;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Replays a recorded replay of three events; records it with -Dparceliq.record-histories=true. */
class WebhookReplayHistoryTest {

  private static final String HISTORY = "webhook-replay";
  private static final String TENANT = "ten_01JTESTTENANT00000000000";
  private static final String REPLAY = "whr_01JTESTREPLAY00000000000";
  private static final String WORKFLOW_ID = WorkflowIds.webhookReplay(TENANT, REPLAY);

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedReplayReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, WebhookReplayWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordReplay(TestWorkflowEnvironment env) {
    WebhookReplayActivities replays = HistoryWorkers.activityMock(WebhookReplayActivities.class);
    HistoryWorkers.registerWorkflows(env);
    HistoryWorkers.queue(env, TaskQueues.WEBHOOKS).registerActivitiesImplementations(replays);
    when(replays.replay(TENANT, REPLAY)).thenReturn(3);
    env.start();

    int delivered =
        env.getWorkflowClient()
            .newWorkflowStub(
                WebhookReplayWorkflow.class,
                WorkflowOptions.newBuilder()
                    .setWorkflowId(WORKFLOW_ID)
                    .setTaskQueue(TaskQueues.WEBHOOKS)
                    .build())
            .replay(TENANT, REPLAY);

    assertThat(delivered).isEqualTo(3);
    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
