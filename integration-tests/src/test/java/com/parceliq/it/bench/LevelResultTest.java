package com.parceliq.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class LevelResultTest {

  @Test
  void aStillRunningAnswerCountsInTheLatenciesButNotInTheRate() {
    List<Outcome> outcomes =
        List.of(
            Outcome.completed(Duration.ofMillis(100)),
            Outcome.completed(Duration.ofMillis(200)),
            Outcome.stillRunning(Duration.ofMillis(10_000), "HTTP 202"),
            Outcome.failed(Duration.ofMillis(5), "HTTP 500"));

    LevelResult result = LevelResult.of(8, outcomes, Duration.ofSeconds(2));

    assertThat(result.completed()).isEqualTo(2);
    assertThat(result.stillRunning()).isEqualTo(1);
    assertThat(result.failed()).isEqualTo(1);
    assertThat(result.latency().orElseThrow().count()).isEqualTo(3);
    assertThat(result.latency().orElseThrow().p99()).isEqualTo(10_000.0);
    assertThat(result.ratePerSecond()).isEqualTo(1.0);
    assertThat(result.firstProblem()).contains("HTTP 202");
  }

  @Test
  void purchasesFinishedAfterAStillRunningAnswerCountInTheFinishedRateOverTheLongerTime() {
    List<Outcome> outcomes = new java.util.ArrayList<>();
    for (int i = 0; i < 10; i++) {
      outcomes.add(Outcome.completed(Duration.ofMillis(100)));
    }
    for (int i = 0; i < 30; i++) {
      outcomes.add(Outcome.stillRunning(Duration.ofSeconds(10), "HTTP 202"));
    }

    LevelResult result =
        LevelResult.of(32, outcomes, Duration.ofSeconds(10))
            .withFinishedLater(30, Duration.ofSeconds(20));

    assertThat(result.ratePerSecond()).isEqualTo(1.0);
    assertThat(result.finishedRatePerSecond()).isEqualTo(2.0);
  }

  @Test
  void theFinishedRateNeverUsesLessTimeThanTheLevelItself() {
    LevelResult result =
        LevelResult.of(
                1,
                List.of(Outcome.stillRunning(Duration.ofSeconds(10), "HTTP 202")),
                Duration.ofSeconds(10))
            .withFinishedLater(1, Duration.ofSeconds(4));

    assertThat(result.untilAllFinished()).isEqualTo(Duration.ofSeconds(10));
  }

  @Test
  void aLevelWhereEveryCallFailedHasNoLatencies() {
    LevelResult result =
        LevelResult.of(
            1, List.of(Outcome.failed(Duration.ofMillis(3), "refused")), Duration.ofSeconds(1));

    assertThat(result.latency()).isEmpty();
    assertThat(result.ratePerSecond()).isZero();
  }

  @Test
  void everyCallerTakesTheNextSampleSoEachSampleRunsOnceInOrderOfItsOutcome() {
    List<Integer> samples = List.of(1, 2, 3, 4, 5, 6, 7);

    ConcurrentLevel.Run run =
        ConcurrentLevel.run(3, samples, n -> Outcome.completed(Duration.ofMillis(n)));

    assertThat(run.outcomes())
        .extracting(o -> o.latency().toMillis())
        .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(run.result(3).completed()).isEqualTo(7);
  }
}
