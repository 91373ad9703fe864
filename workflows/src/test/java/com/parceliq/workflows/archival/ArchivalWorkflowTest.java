package com.parceliq.workflows.archival;

import static com.parceliq.workflows.archival.ArchivalHarness.CUTOFF_A;
import static com.parceliq.workflows.archival.ArchivalHarness.CUTOFF_B;
import static com.parceliq.workflows.archival.ArchivalHarness.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.ArchivedPage;
import io.temporal.client.WorkflowClient;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/** The archival run's business process, on the time-skipping test server with mocked steps. */
class ArchivalWorkflowTest {

  private static final String RUN = "arc_01TEST";

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void tenantsGoInIdOrderAndEachIsPagedUntilAPageComesBackEmpty(TestWorkflowEnvironment env) {
    ArchivalHarness harness = new ArchivalHarness(env, 20, 2);
    var steps = harness.steps;
    when(steps.archivalTenants(isNull(), eq(2))).thenReturn(List.of("ten_A", "ten_B"));
    when(steps.archivalTenants(eq("ten_B"), eq(2))).thenReturn(List.of("ten_C"));
    when(steps.archivalCutoff(any())).thenReturn(CUTOFF_A);
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), any(), isNull()))
        .thenReturn(page(500, 90_000, "shp_A500"));
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), any(), eq("shp_A500")))
        .thenReturn(page(3, 600, "shp_A503"));
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), any(), eq("shp_A503")))
        .thenReturn(ArchivedPage.empty());
    when(steps.archivePage(eq("ten_B"), any(), any(), isNull())).thenReturn(ArchivedPage.empty());
    when(steps.archivePage(eq("ten_C"), eq(CUTOFF_A), any(), isNull()))
        .thenReturn(page(1, 200, "shp_C1"));
    when(steps.archivePage(eq("ten_C"), eq(CUTOFF_A), any(), eq("shp_C1")))
        .thenReturn(ArchivedPage.empty());
    env.start();

    ArchivalProgress done = harness.workflow("archival-daily").run(ArchivalRun.scheduled());

    InOrder order = inOrder(steps);
    order.verify(steps).archivalTenants(null, 2);
    order.verify(steps).archivalCutoff("ten_A");
    order.verify(steps, times(3)).archivePage(eq("ten_A"), eq(CUTOFF_A), any(), any());
    order.verify(steps).archivalCutoff("ten_B");
    order.verify(steps).archivePage(eq("ten_B"), any(), any(), any());
    order.verify(steps).archivalTenants("ten_B", 2);
    order.verify(steps).archivalCutoff("ten_C");
    order.verify(steps, times(2)).archivePage(eq("ten_C"), eq(CUTOFF_A), any(), any());
    // A schedule's run is known by its workflow id.
    verify(steps, times(6)).archivePage(any(), any(), eq("archival-daily"), any());
    assertThat(done.state()).isEqualTo(ArchivalProgress.COMPLETED);
    assertThat(done.runId()).isEqualTo("archival-daily");
    assertThat(done.tenantsDone()).isEqualTo(3);
    assertThat(done.tenantCursor()).isEqualTo("ten_C");
    assertThat(done.currentTenantId()).isNull();
    assertThat(done.pages()).isEqualTo(3);
    assertThat(done.shipmentsArchived()).isEqualTo(504);
    assertThat(done.bytesArchived()).isEqualTo(90_800);
    assertThat(done.startedAt())
        .isAfterOrEqualTo(TemporalTestEnvironments.START)
        .isBeforeOrEqualTo(done.finishedAt());
    assertThat(done.finishedAt()).isNotNull();
  }

  @Test
  void aRunContinuesAsNewAfterItsPagesCarryingItsProgress(TestWorkflowEnvironment env) {
    ArchivalHarness harness = new ArchivalHarness(env, 2, 10);
    var steps = harness.steps;
    when(steps.archivalTenants(isNull(), eq(10))).thenReturn(List.of("ten_A", "ten_B"));
    when(steps.archivalTenants(eq("ten_A"), eq(10))).thenReturn(List.of("ten_B"));
    when(steps.archivalCutoff("ten_A")).thenReturn(CUTOFF_A);
    when(steps.archivalCutoff("ten_B")).thenReturn(CUTOFF_B);
    // What a run moved is gone, so the next run starts its tenant from the first shipment again.
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), eq(RUN), isNull()))
        .thenReturn(page(2, 100, "shp_A2"), page(2, 100, "shp_A6"));
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), eq(RUN), eq("shp_A2")))
        .thenReturn(page(2, 100, "shp_A4"));
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), eq(RUN), eq("shp_A6")))
        .thenReturn(ArchivedPage.empty());
    when(steps.archivePage(eq("ten_B"), eq(CUTOFF_B), eq(RUN), isNull()))
        .thenReturn(page(1, 50, "shp_B1"), ArchivedPage.empty());
    env.start();

    ArchivalWorkflow workflow = harness.workflow("archival:" + RUN);
    WorkflowClient.start(workflow::run, ArchivalRun.requested(RUN, null, null));
    ArchivalProgress done =
        env.getWorkflowClient()
            .newUntypedWorkflowStub("archival:" + RUN)
            .getResult(ArchivalProgress.class);

    // Three runs of two pages at most (A2 A4 | A6 B1 | nothing left): each asks for its limits,
    // and resumes its predecessor's tenant in progress before listing the tenants after it.
    verify(steps, times(3)).archivalLimits();
    InOrder order = inOrder(steps);
    order.verify(steps).archivalTenants(null, 10);
    order.verify(steps).archivePage("ten_A", CUTOFF_A, RUN, "shp_A2");
    order.verify(steps).archivalLimits();
    order.verify(steps).archivalCutoff("ten_A");
    order.verify(steps).archivePage("ten_A", CUTOFF_A, RUN, "shp_A6");
    order.verify(steps).archivalTenants("ten_A", 10);
    order.verify(steps).archivePage("ten_B", CUTOFF_B, RUN, null);
    order.verify(steps).archivalLimits();
    order.verify(steps).archivalCutoff("ten_B");
    order.verify(steps).archivePage("ten_B", CUTOFF_B, RUN, null);
    order.verify(steps).archivalTenants("ten_B", 10);
    assertThat(done.state()).isEqualTo(ArchivalProgress.COMPLETED);
    assertThat(done.runId()).isEqualTo(RUN);
    assertThat(done.pages()).isEqualTo(4);
    assertThat(done.shipmentsArchived()).isEqualTo(7);
    assertThat(done.bytesArchived()).isEqualTo(350);
    assertThat(done.tenantsDone()).isEqualTo(2);
    assertThat(done.startedAt())
        .isAfterOrEqualTo(TemporalTestEnvironments.START)
        .isBeforeOrEqualTo(done.finishedAt());
  }

  @Test
  void theProgressQueryShowsTheTenantAndPagesSoFar(TestWorkflowEnvironment env)
      throws InterruptedException {
    ArchivalHarness harness = new ArchivalHarness(env, 20, 10);
    var steps = harness.steps;
    CountDownLatch secondPageStarted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    when(steps.archivalTenants(isNull(), eq(10))).thenReturn(List.of("ten_A"));
    when(steps.archivalCutoff("ten_A")).thenReturn(CUTOFF_A);
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), eq(RUN), isNull()))
        .thenReturn(page(500, 80_000, "shp_A500"));
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), eq(RUN), eq("shp_A500")))
        .thenAnswer(
            invocation -> {
              secondPageStarted.countDown();
              release.await(30, TimeUnit.SECONDS);
              return ArchivedPage.empty();
            });
    env.start();
    ArchivalWorkflow workflow = harness.workflow("archival:" + RUN);
    WorkflowClient.start(workflow::run, ArchivalRun.requested(RUN, null, null));

    assertThat(secondPageStarted.await(30, TimeUnit.SECONDS)).isTrue();
    ArchivalProgress midway =
        env.getWorkflowClient()
            .newWorkflowStub(ArchivalWorkflow.class, "archival:" + RUN)
            .progress();
    release.countDown();

    assertThat(midway.state()).isEqualTo(ArchivalProgress.RUNNING);
    assertThat(midway.currentTenantId()).isEqualTo("ten_A");
    assertThat(midway.tenantCursor()).isNull();
    assertThat(midway.pages()).isEqualTo(1);
    assertThat(midway.shipmentsArchived()).isEqualTo(500);
    assertThat(midway.finishedAt()).isNull();
    ArchivalProgress done =
        env.getWorkflowClient()
            .newUntypedWorkflowStub("archival:" + RUN)
            .getResult(ArchivalProgress.class);
    assertThat(done.state()).isEqualTo(ArchivalProgress.COMPLETED);
    assertThat(
            env.getWorkflowClient()
                .newWorkflowStub(ArchivalWorkflow.class, "archival:" + RUN)
                .progress())
        .isEqualTo(done);
  }

  @Test
  void aFailedPageIsRetriedAndCountedOnce(TestWorkflowEnvironment env) {
    ArchivalHarness harness = new ArchivalHarness(env, 20, 10);
    var steps = harness.steps;
    when(steps.archivalTenants(isNull(), eq(10))).thenReturn(List.of("ten_A"));
    when(steps.archivalCutoff("ten_A")).thenReturn(CUTOFF_A);
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), eq(RUN), isNull()))
        .thenThrow(new IllegalStateException("S3 unavailable"))
        .thenThrow(new IllegalStateException("S3 unavailable"))
        .thenReturn(page(40, 4_000, "shp_A40"));
    when(steps.archivePage(eq("ten_A"), eq(CUTOFF_A), eq(RUN), eq("shp_A40")))
        .thenReturn(ArchivedPage.empty());
    env.start();

    ArchivalProgress done =
        harness.workflow("archival:" + RUN).run(ArchivalRun.requested(RUN, null, null));

    verify(steps, times(3)).archivePage("ten_A", CUTOFF_A, RUN, null);
    assertThat(done.pages()).isEqualTo(1);
    assertThat(done.shipmentsArchived()).isEqualTo(40);
    assertThat(done.bytesArchived()).isEqualTo(4_000);
  }

  @Test
  void aTenantRunArchivesThatTenantAloneByTheRequestedCutoff(TestWorkflowEnvironment env) {
    ArchivalHarness harness = new ArchivalHarness(env, 20, 10);
    var steps = harness.steps;
    Instant completedBefore = Instant.parse("2026-02-01T00:00:00Z");
    when(steps.archivePage(eq("ten_B"), eq(completedBefore), eq(RUN), isNull()))
        .thenReturn(page(7, 700, "shp_B7"));
    when(steps.archivePage(eq("ten_B"), eq(completedBefore), eq(RUN), eq("shp_B7")))
        .thenReturn(ArchivedPage.empty());
    env.start();

    ArchivalProgress done =
        harness
            .workflow("archival:" + RUN)
            .run(ArchivalRun.requested(RUN, completedBefore, "ten_B"));

    verify(steps, never()).archivalTenants(any(), anyInt());
    verify(steps, never()).archivalCutoff(any());
    assertThat(done.completedBefore()).isEqualTo(completedBefore);
    assertThat(done.tenantsDone()).isEqualTo(1);
    assertThat(done.tenantCursor()).isEqualTo("ten_B");
    assertThat(done.shipmentsArchived()).isEqualTo(7);
  }

  @Test
  void aRequestedCutoffOverridesEveryTenantsRetention(TestWorkflowEnvironment env) {
    ArchivalHarness harness = new ArchivalHarness(env, 20, 10);
    var steps = harness.steps;
    Instant completedBefore = Instant.parse("2026-02-01T00:00:00Z");
    when(steps.archivalTenants(isNull(), eq(10))).thenReturn(List.of("ten_A", "ten_B"));
    when(steps.archivePage(any(), any(), any(), any())).thenReturn(ArchivedPage.empty());
    env.start();

    ArchivalProgress done =
        harness.workflow("archival:" + RUN).run(ArchivalRun.requested(RUN, completedBefore, null));

    verify(steps, never()).archivalCutoff(any());
    verify(steps).archivePage("ten_A", completedBefore, RUN, null);
    verify(steps).archivePage("ten_B", completedBefore, RUN, null);
    assertThat(done.tenantsDone()).isEqualTo(2);
    assertThat(done.pages()).isZero();
  }
}
