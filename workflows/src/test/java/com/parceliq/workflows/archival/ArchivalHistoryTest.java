package com.parceliq.workflows.archival;

import static com.parceliq.workflows.archival.ArchivalHarness.CUTOFF_A;
import static com.parceliq.workflows.archival.ArchivalHarness.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;

import com.parceliq.workflows.RecordedHistories;
import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.ArchivedPage;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import io.temporal.testing.WorkflowReplayer;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Replays a recorded daily run (two tenants, two pages, one retried after a failure); records it
 * again with {@code -Dparceliq.record-histories=true}.
 */
class ArchivalHistoryTest {

  private static final String HISTORY = "archival-daily";
  private static final String WORKFLOW_ID = "archival-2026-03-02T03:00:00Z";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void recordedDailyRunReplaysOnTheCurrentCode(TestWorkflowEnvironment env) throws Exception {
    WorkflowReplayer.replayWorkflowExecutionFromResource(
        RecordedHistories.resource(HISTORY), env, ArchivalWorkflowImpl.class);
  }

  @Test
  @EnabledIfSystemProperty(named = RecordedHistories.RECORD_PROPERTY, matches = "true")
  void recordDailyRun(TestWorkflowEnvironment env) {
    ArchivalHarness harness = new ArchivalHarness(env, 20, 10);
    var steps = harness.steps;
    when(steps.archivalTenants(isNull(), eq(10))).thenReturn(List.of("ten_A", "ten_B"));
    when(steps.archivalCutoff(any())).thenReturn(CUTOFF_A);
    when(steps.archivePage(eq("ten_A"), any(), any(), isNull()))
        .thenThrow(new IllegalStateException("S3 unavailable"))
        .thenReturn(page(500, 90_000, "shp_A500"));
    when(steps.archivePage(eq("ten_A"), any(), any(), eq("shp_A500")))
        .thenReturn(page(2, 400, "shp_A502"));
    when(steps.archivePage(eq("ten_A"), any(), any(), eq("shp_A502")))
        .thenReturn(ArchivedPage.empty());
    when(steps.archivePage(eq("ten_B"), any(), any(), isNull())).thenReturn(ArchivedPage.empty());
    env.start();

    harness.workflow(WORKFLOW_ID).run(ArchivalRun.scheduled());

    assertThat(RecordedHistories.record(env.getWorkflowClient(), WORKFLOW_ID, HISTORY)).exists();
  }
}
