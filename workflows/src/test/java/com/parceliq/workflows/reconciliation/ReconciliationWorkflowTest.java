package com.parceliq.workflows.reconciliation;

import static com.parceliq.workflows.reconciliation.ReconciliationHarness.PARSED;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.REQUEST;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.RUN;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.TENANT;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.page;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.state;
import static com.parceliq.workflows.reconciliation.ReconciliationHarness.totals;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.parceliq.workflows.TemporalTestEnvironments;
import com.parceliq.workflows.ports.DomainEvent;
import io.temporal.failure.ApplicationFailure;
import io.temporal.testing.TestWorkflowEnvironment;
import io.temporal.testing.TestWorkflowExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.ArgumentCaptor;
import org.mockito.InOrder;

/** The reconciliation's business process on the time-skipping test server, steps mocked. */
class ReconciliationWorkflowTest {

  @RegisterExtension final TestWorkflowExtension temporal = TemporalTestEnvironments.extension();

  @Test
  void aRunParsesClassifiesEveryPageReportsFinishesAndTellsTheTenant(TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 1000, 100);
    var steps = harness.steps;
    when(steps.reconcileRecordRun(REQUEST)).thenReturn(state("pending"));
    when(steps.reconcileParse(REQUEST)).thenReturn(PARSED);
    when(steps.reconcileClassifyPage(TENANT, RUN, 1000))
        .thenReturn(page(1000, "T1000"), page(3, "T1003"), page(0, null));
    when(steps.reconcileFinish(TENANT, RUN)).thenReturn(totals("completed", 1003, null));
    env.start();

    ReconciliationOutcome outcome = harness.workflow().run(REQUEST);

    assertThat(outcome).isEqualTo(new ReconciliationOutcome(RUN, "completed", 5, 1003, null));
    InOrder order = inOrder(steps, harness.events);
    order.verify(steps).reconcileRecordRun(REQUEST);
    order.verify(steps).reconcileParse(REQUEST);
    order.verify(steps, times(3)).reconcileClassifyPage(TENANT, RUN, 1000);
    order.verify(steps).reconcileWriteReport(TENANT, RUN);
    order.verify(steps).reconcileFinish(TENANT, RUN);
    ArgumentCaptor<DomainEvent> event = ArgumentCaptor.forClass(DomainEvent.class);
    order.verify(harness.events).emit(event.capture());
    assertThat(event.getValue().factKey()).isEqualTo("reconciliation:" + RUN + ":completed");
    assertThat(event.getValue().type()).isEqualTo("reconciliation.completed");
    assertThat(event.getValue().tenantId()).isEqualTo(TENANT);
    assertThat(event.getValue().data())
        .containsEntry("id", RUN)
        .containsEntry("status", "completed")
        .containsEntry("invoice_number", "SBX-20261120")
        .containsEntry("posted_total", "-1.00")
        .containsEntry("report_key", "reports/" + TENANT + "/" + RUN + ".csv")
        .containsKeys("summary", "billed_total", "expected_total", "lines", "labels", "carrier");
    verify(steps, never()).reconcileFail(any(), any(), any(), any());
  }

  @Test
  void aParseAttemptThatDiesIsRetriedAndTheRunCarriesOn(TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 1000, 100);
    var steps = harness.steps;
    when(steps.reconcileRecordRun(REQUEST)).thenReturn(state("pending"));
    when(steps.reconcileParse(REQUEST))
        .thenThrow(new IllegalStateException("worker lost its database connection"))
        .thenReturn(PARSED);
    when(steps.reconcileClassifyPage(TENANT, RUN, 1000)).thenReturn(page(0, null));
    when(steps.reconcileFinish(TENANT, RUN)).thenReturn(totals("completed", 0, null));
    env.start();

    ReconciliationOutcome outcome = harness.workflow().run(REQUEST);

    assertThat(outcome.status()).isEqualTo("completed");
    verify(steps, times(2)).reconcileParse(REQUEST);
    verify(steps, never()).reconcileFail(any(), any(), any(), any());
  }

  @Test
  void anInvalidFileFailsTheRunOnceWithoutClassifyingAnything(TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 1000, 100);
    var steps = harness.steps;
    when(steps.reconcileRecordRun(REQUEST)).thenReturn(state("pending"));
    when(steps.reconcileParse(REQUEST))
        .thenThrow(
            ApplicationFailure.newNonRetryableFailure(
                "data line 2: amount 'seven' is not a decimal amount",
                "RECONCILIATION.INVALID_FILE"));
    when(steps.reconcileFail(anyString(), anyString(), anyString(), anyString()))
        .thenReturn(totals("failed", 0, "RECONCILIATION.INVALID_FILE"));
    env.start();

    ReconciliationOutcome outcome = harness.workflow().run(REQUEST);

    assertThat(outcome)
        .isEqualTo(new ReconciliationOutcome(RUN, "failed", 5, 0, "RECONCILIATION.INVALID_FILE"));
    verify(steps, times(1)).reconcileParse(REQUEST);
    verify(steps)
        .reconcileFail(
            TENANT,
            RUN,
            "RECONCILIATION.INVALID_FILE",
            "data line 2: amount 'seven' is not a decimal amount");
    verify(steps, never()).reconcileClassifyPage(any(), any(), anyInt());
    verify(steps, never()).reconcileWriteReport(any(), any());
    ArgumentCaptor<DomainEvent> event = ArgumentCaptor.forClass(DomainEvent.class);
    verify(harness.events).emit(event.capture());
    assertThat(event.getValue().data()).containsEntry("status", "failed");
  }

  @Test
  void aLongClassificationContinuesAsNewAndPicksUpWithoutParsingAgain(TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 2, 2);
    var steps = harness.steps;
    when(steps.reconcileRecordRun(REQUEST)).thenReturn(state("pending"), state("classifying"));
    when(steps.reconcileParse(REQUEST)).thenReturn(PARSED);
    when(steps.reconcileClassifyPage(TENANT, RUN, 2))
        .thenReturn(page(2, "T2"), page(2, "T4"), page(1, "T5"), page(0, null));
    when(steps.reconcileFinish(TENANT, RUN)).thenReturn(totals("completed", 5, null));
    env.start();

    ReconciliationOutcome outcome = harness.workflow().run(REQUEST);

    assertThat(outcome.labels()).isEqualTo(5);
    verify(steps, times(2)).reconcileRecordRun(REQUEST);
    verify(steps, times(1)).reconcileParse(REQUEST);
    verify(steps, times(4)).reconcileClassifyPage(TENANT, RUN, 2);
    verify(steps, times(1)).reconcileWriteReport(TENANT, RUN);
    verify(harness.events, times(1)).emit(any());
  }

  @Test
  void aRunAlreadyFinishedEndsAsItIs(TestWorkflowEnvironment env) {
    ReconciliationHarness harness = new ReconciliationHarness(env, 1000, 100);
    var steps = harness.steps;
    when(steps.reconcileRecordRun(REQUEST))
        .thenReturn(
            new com.parceliq.workflows.ports.ReconciliationRunState("completed", 5, 3, null));
    env.start();

    ReconciliationOutcome outcome = harness.workflow().run(REQUEST);

    assertThat(outcome).isEqualTo(new ReconciliationOutcome(RUN, "completed", 5, 3, null));
    verify(steps, never()).reconcileParse(any());
    verify(harness.events, never()).emit(any());
  }
}
