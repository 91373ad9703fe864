package com.parceliq.it.bench.history;

import java.util.List;

/**
 * Where one purchase's time went inside Temporal.
 *
 * @param steps workflow tasks and activities in the order they were scheduled
 * @param total from the first workflow task being scheduled to the update completing
 */
public record Breakdown(List<Step> steps, double total) {

  public Breakdown {
    steps = List.copyOf(steps);
  }

  /** Time spent waiting for tasks to reach a worker, by kind. */
  public double dispatch(Step.Kind kind) {
    return steps.stream().filter(s -> s.kind() == kind).mapToDouble(Step::dispatch).sum();
  }

  /** Time spent running tasks on a worker, by kind. */
  public double run(Step.Kind kind) {
    return steps.stream().filter(s -> s.kind() == kind).mapToDouble(Step::run).sum();
  }

  /** What no step covers: between one step's result and the next being scheduled. */
  public double between() {
    return total - steps.stream().mapToDouble(s -> s.completed() - s.scheduled()).sum();
  }

  /** The step names in order: two purchases with the same shape can be compared step by step. */
  public List<String> shape() {
    return steps.stream().map(Step::name).toList();
  }
}
