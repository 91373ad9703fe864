package com.parceliq.it.bench;

import com.parceliq.it.bench.history.Breakdown;
import com.parceliq.it.bench.history.BreakdownReport;
import com.parceliq.it.bench.history.Histories;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One system at one level: prepare (untimed), warm up at the level's concurrency (unmeasured),
 * measure, then read a few of the measured purchases' histories to show where the time went.
 */
final class LevelRunner {

  private final BenchmarkOptions options;
  private final Histories histories;

  LevelRunner(BenchmarkOptions options, Histories histories) {
    this.options = options;
    this.histories = histories;
  }

  <S> LevelResult measure(BenchTarget<S> target, int concurrency) {
    int warmup = options.warmupFor(concurrency);
    System.out.printf(
        "%n[%s, concurrency %d] preparing %d purchases (untimed)%n",
        target.name(), concurrency, warmup + options.count());
    List<S> samples = target.prepare(warmup + options.count());
    List<S> warm = samples.subList(0, warmup);
    List<S> measured = samples.subList(warmup, samples.size());

    LevelResult warmResult =
        ConcurrentLevel.run(concurrency, warm, target::purchase).result(concurrency);
    if (warmResult.completed() < warm.size()) {
      System.out.printf(
          "warm-up: %d of %d did not complete; first: %s%n",
          warm.size() - warmResult.completed(),
          warm.size(),
          abbreviated(warmResult.firstProblem().orElse("")));
    }
    ConcurrentLevel.Run run = ConcurrentLevel.run(concurrency, measured, target::purchase);
    LevelResult result = followStillRunning(target, measured, run, run.result(concurrency));
    System.out.println(ResultTable.line(target.name().replace(' ', '_'), result));
    result
        .firstProblem()
        .ifPresent(
            problem -> System.out.println("first purchase not completed: " + abbreviated(problem)));
    System.out.print(breakdown(target, concurrency, measured, run));
    return result;
  }

  /** How long to follow purchases answered "still running" before calling them unfinished. */
  private static final Duration FOLLOW_LIMIT = Duration.ofMinutes(3);

  /** Reads from the histories when the purchases answered "still running" really completed. */
  private <S> LevelResult followStillRunning(
      BenchTarget<S> target, List<S> measured, ConcurrentLevel.Run run, LevelResult result) {
    if (result.stillRunning() == 0) {
      return result;
    }
    Instant deadline = Instant.now().plus(FOLLOW_LIMIT);
    Instant last = run.started().plus(run.wall());
    int finished = 0;
    for (int i = 0; i < measured.size(); i++) {
      if (run.outcomes().get(i).kind() != Outcome.Kind.STILL_RUNNING) {
        continue;
      }
      BenchTarget.WorkflowRef ref = target.workflowOf(measured.get(i));
      Optional<Instant> completed =
          histories.awaitCompletion(ref.workflowId(), ref.updateIdPrefix(), deadline);
      if (completed.isPresent()) {
        finished++;
        last = completed.get().isAfter(last) ? completed.get() : last;
      }
    }
    return result.withFinishedLater(finished, Duration.between(run.started(), last));
  }

  /** An answer is a whole shipment: its status line and start say enough. */
  private static String abbreviated(String answer) {
    return answer.length() <= 400 ? answer : answer.substring(0, 400) + "…";
  }

  /** Evenly spread over the level, so a ramp-up or a late slowdown is not all that is read. */
  private <S> String breakdown(
      BenchTarget<S> target, int concurrency, List<S> measured, ConcurrentLevel.Run run) {
    int wanted = Math.min(options.breakdown(), measured.size());
    if (wanted == 0) {
      return "";
    }
    List<Breakdown> breakdowns = new ArrayList<>();
    List<Double> latencies = new ArrayList<>();
    boolean answeredStillRunning = false;
    for (int i = 0; i < wanted; i++) {
      int index = i * measured.size() / wanted;
      Outcome outcome = run.outcomes().get(index);
      if (outcome.kind() == Outcome.Kind.FAILED) {
        continue;
      }
      BenchTarget.WorkflowRef ref = target.workflowOf(measured.get(index));
      Optional<Breakdown> breakdown = histories.breakdown(ref.workflowId(), ref.updateIdPrefix());
      if (breakdown.isPresent()) {
        breakdowns.add(breakdown.get());
        latencies.add(outcome.latency().toNanos() / 1_000_000.0);
        answeredStillRunning |= outcome.kind() == Outcome.Kind.STILL_RUNNING;
      }
    }
    // A "still running" answer's latency is the API's wait, not the purchase: no comparison then.
    return BreakdownReport.format(
        target.name() + ", concurrency " + concurrency,
        breakdowns,
        answeredStillRunning ? List.of() : latencies);
  }
}
