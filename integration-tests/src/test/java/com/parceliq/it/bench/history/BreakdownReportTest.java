package com.parceliq.it.bench.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BreakdownReportTest {

  private static Breakdown oneActivity(double activityRun, double total) {
    return new Breakdown(
        List.of(
            new Step(Step.Kind.WORKFLOW_TASK, "workflow task", 0, 2, 10),
            new Step(Step.Kind.ACTIVITY, "Noop @bench-bare", 10, 20, 20 + activityRun),
            new Step(
                Step.Kind.WORKFLOW_TASK,
                "workflow task",
                20 + activityRun,
                21 + activityRun,
                25 + activityRun)),
        total);
  }

  @Test
  void eachStepIsTheMedianOverThePurchasesAndTheCallerSeesTheRestOutsideTheHistory() {
    String report =
        BreakdownReport.format(
            "bare, concurrency 1",
            List.of(oneActivity(1, 26), oneActivity(5, 30), oneActivity(3, 28)),
            List.of(40.0, 31.0, 35.0));

    assertThat(report)
        .contains("bare, concurrency 1: medians over 3 purchases")
        .contains(
            "  Noop @bench-bare                                  10.0      20.0      23.0"
                + "      10.0       3.0")
        .contains("update completed")
        .contains(
            "in Temporal 28.0 ms: 2 workflow tasks (dispatch 3.0 + run 12.0), 1 activities"
                + " (dispatch 10.0 + run 3.0), between steps 0.0")
        .contains("the caller saw 35.0 ms: 7.0 ms outside the history");
  }

  @Test
  void purchasesWithOtherStepsAreLeftOutOfTheMediansAndCounted() {
    Breakdown retried =
        new Breakdown(
            List.of(new Step(Step.Kind.ACTIVITY, "Noop @bench-bare (attempt 2)", 0, 900, 901)),
            901);

    String report =
        BreakdownReport.format(
            "bare", List.of(oneActivity(1, 26), retried, oneActivity(3, 28)), List.of());

    assertThat(report)
        .contains("medians over 2 purchases")
        .doesNotContain("attempt 2")
        .contains("(1 purchases with other steps, e.g. retries, left out of the medians)");
  }

  @Test
  void theMedianOfAnEvenCountIsTheLowerObservedValue() {
    assertThat(BreakdownReport.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.0);
  }

  @Test
  void withoutAnyReadableHistoryTheReportSaysSo() {
    assertThat(BreakdownReport.format("ParcelIQ", List.of(), List.of()))
        .isEqualTo("ParcelIQ: no purchase history could be read\n");
  }
}
