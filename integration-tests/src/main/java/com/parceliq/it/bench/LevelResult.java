package com.parceliq.it.bench;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * One system at one concurrency level.
 *
 * <p>Latency percentiles cover every call that answered, including "still running" answers (their
 * latency is the time the caller waited before being told to come back): leaving them out would
 * make a level that times out look fast. The rate counts only completed purchases.
 *
 * @param concurrency calls in flight at once
 * @param latency percentiles over completed and still-running calls; empty when none answered
 * @param completed purchases completed within their call
 * @param stillRunning calls answered "still running"
 * @param failed calls that failed
 * @param wall time from the first call's start to the last call's answer
 * @param firstProblem the first answer that was not a completed purchase, if any
 * @param finishedLater still-running purchases that completed in their workflow after the answer
 * @param untilAllFinished from the level's start to the last purchase completing, answered or not
 */
record LevelResult(
    int concurrency,
    Optional<LatencySummary> latency,
    int completed,
    int stillRunning,
    int failed,
    Duration wall,
    Optional<String> firstProblem,
    int finishedLater,
    Duration untilAllFinished) {

  static LevelResult of(int concurrency, List<Outcome> outcomes, Duration wall) {
    List<Duration> answered =
        outcomes.stream()
            .filter(o -> o.kind() != Outcome.Kind.FAILED)
            .map(Outcome::latency)
            .toList();
    return new LevelResult(
        concurrency,
        answered.isEmpty() ? Optional.empty() : Optional.of(LatencySummary.of(answered)),
        count(outcomes, Outcome.Kind.COMPLETED),
        count(outcomes, Outcome.Kind.STILL_RUNNING),
        count(outcomes, Outcome.Kind.FAILED),
        wall,
        outcomes.stream()
            .filter(o -> o.kind() != Outcome.Kind.COMPLETED)
            .map(Outcome::detail)
            .findFirst(),
        0,
        wall);
  }

  /** The same level once the purchases answered "still running" were followed to their end. */
  LevelResult withFinishedLater(int finished, Duration untilAllFinished) {
    return new LevelResult(
        concurrency,
        latency,
        completed,
        stillRunning,
        failed,
        wall,
        firstProblem,
        finished,
        untilAllFinished.compareTo(wall) < 0 ? wall : untilAllFinished);
  }

  /**
   * What the system sustained regardless of the API's wait: every purchase that completed, within
   * its call or after a "still running" answer, over the time until the last one did.
   */
  double finishedRatePerSecond() {
    double seconds = untilAllFinished.toNanos() / 1e9;
    return seconds == 0 ? 0 : (completed + finishedLater) / seconds;
  }

  /** Sustained purchases per second: completed purchases over the level's wall time. */
  double ratePerSecond() {
    double seconds = wall.toNanos() / 1e9;
    return seconds == 0 ? 0 : completed / seconds;
  }

  private static int count(List<Outcome> outcomes, Outcome.Kind kind) {
    return (int) outcomes.stream().filter(o -> o.kind() == kind).count();
  }
}
