package com.parceliq.it.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HistoryBreakdownTest {

  /** A shipment created (one update), then bought: charge and carrier call, each one activity. */
  private static HistoryBuilder createdThenBought() {
    HistoryBuilder history = new HistoryBuilder();
    history.workflowTask(0, 1, 3);
    history.updateAccepted("created", 3);
    history.updateCompleted("created", 3);

    history.workflowTask(1000, 1002, 1010);
    history.updateAccepted("buy:key-1", 1010);
    long charge = history.activityScheduled("ChargeLabel", "billing", 1010);
    history.activityRan(charge, 1, 1025, 1040);
    history.workflowTask(1040, 1043, 1050);
    long label = history.activityScheduled("PurchaseLabel", "carrier-sandbox", 1050);
    history.activityRan(label, 2, 1080, 1100);
    history.workflowTask(1100, 1101, 1108);
    history.updateCompleted("buy:key-1", 1108);
    return history;
  }

  @Test
  void theBuyIsTimedFromItsWorkflowTaskBeingScheduledToTheUpdateCompleting() {
    Breakdown breakdown = HistoryBreakdown.of(createdThenBought().events(), "buy:").orElseThrow();

    assertThat(breakdown.total()).isEqualTo(108.0);
    assertThat(breakdown.shape())
        .containsExactly(
            "workflow task",
            "ChargeLabel @billing",
            "workflow task",
            "PurchaseLabel @carrier-sandbox (attempt 2)",
            "workflow task");
    assertThat(breakdown.steps().get(1))
        .isEqualTo(new Step(Step.Kind.ACTIVITY, "ChargeLabel @billing", 10, 25, 40));
  }

  @Test
  void dispatchAndRunAreSummedByKindAndTheRestIsBetweenSteps() {
    Breakdown breakdown = HistoryBreakdown.of(createdThenBought().events(), "buy:").orElseThrow();

    assertThat(breakdown.dispatch(Step.Kind.WORKFLOW_TASK)).isEqualTo(2 + 3 + 1);
    assertThat(breakdown.run(Step.Kind.WORKFLOW_TASK)).isEqualTo(8 + 7 + 7);
    assertThat(breakdown.dispatch(Step.Kind.ACTIVITY)).isEqualTo(15 + 30);
    assertThat(breakdown.run(Step.Kind.ACTIVITY)).isEqualTo(15 + 20);
    assertThat(breakdown.between()).isEqualTo(0.0);
  }

  @Test
  void anUpdateThatHasNotCompletedHasNoBreakdown() {
    HistoryBuilder history = new HistoryBuilder();
    history.workflowTask(0, 1, 3);
    history.updateAccepted("buy:key-2", 3);
    history.activityScheduled("ChargeLabel", "billing", 3);

    assertThat(HistoryBreakdown.of(history.events(), "buy:")).isEmpty();
  }

  @Test
  void theCompletionTimeOfAPurchaseIsItsUpdateCompletedEvent() {
    double origin = HistoryBreakdown.millis(createdThenBought().events().get(0).getEventTime());

    assertThat(HistoryBreakdown.completedAt(createdThenBought().events(), "buy:"))
        .hasValueSatisfying(at -> assertThat(at - origin).isEqualTo(1108.0));
  }

  @Test
  void aPurchaseStillRunningHasNoCompletionTime() {
    HistoryBuilder history = new HistoryBuilder();
    history.workflowTask(0, 1, 3);
    history.updateAccepted("buy:key-3", 3);

    assertThat(HistoryBreakdown.completedAt(history.events(), "buy:")).isEmpty();
  }

  @Test
  void aHistoryWithoutThePurchaseUpdateHasNoBreakdown() {
    assertThat(HistoryBreakdown.of(createdThenBought().events(), "void:")).isEmpty();
  }
}
