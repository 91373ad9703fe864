package com.parceliq.it.bench.history;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;
import java.util.stream.Collectors;

/**
 * Prints where purchases spent their time: the median of each step over several purchases of the
 * same shape, the totals by kind, and what the client saw beyond the history.
 */
public final class BreakdownReport {

  private BreakdownReport() {}

  /**
   * @param title e.g. {@code ParcelIQ, concurrency 1}
   * @param breakdowns one per purchase read
   * @param clientLatencies what the caller measured for the same purchases, in milliseconds
   */
  public static String format(
      String title, List<Breakdown> breakdowns, List<Double> clientLatencies) {
    if (breakdowns.isEmpty()) {
      return title + ": no purchase history could be read\n";
    }
    List<Breakdown> same = mostCommonShape(breakdowns);
    StringBuilder out = new StringBuilder();
    out.append(
        line(
            "%s: medians over %d purchases (ms from the update's first workflow task being"
                + " scheduled)",
            title, same.size()));
    out.append(
        line(
            "  %-44s %9s %9s %9s %9s %9s",
            "step", "scheduled", "started", "completed", "dispatch", "run"));
    List<Step> first = same.get(0).steps();
    for (int i = 0; i < first.size(); i++) {
      int index = i;
      ToDoubleFunction<ToDoubleFunction<Step>> median =
          column -> median(same, b -> column.applyAsDouble(b.steps().get(index)));
      out.append(
          line(
              "  %-44s %9.1f %9.1f %9.1f %9.1f %9.1f",
              first.get(i).name(),
              median.applyAsDouble(Step::scheduled),
              median.applyAsDouble(Step::started),
              median.applyAsDouble(Step::completed),
              median.applyAsDouble(Step::dispatch),
              median.applyAsDouble(Step::run)));
    }
    double total = median(same, Breakdown::total);
    out.append(line("  %-44s %9s %9s %9.1f", "update completed", "", "", total));
    out.append(
        line(
            "  in Temporal %.1f ms: %d workflow tasks (dispatch %.1f + run %.1f), %d activities"
                + " (dispatch %.1f + run %.1f), between steps %.1f",
            total,
            count(first, Step.Kind.WORKFLOW_TASK),
            median(same, b -> b.dispatch(Step.Kind.WORKFLOW_TASK)),
            median(same, b -> b.run(Step.Kind.WORKFLOW_TASK)),
            count(first, Step.Kind.ACTIVITY),
            median(same, b -> b.dispatch(Step.Kind.ACTIVITY)),
            median(same, b -> b.run(Step.Kind.ACTIVITY)),
            median(same, Breakdown::between)));
    if (!clientLatencies.isEmpty()) {
      double client = median(clientLatencies);
      out.append(
          line(
              "  the caller saw %.1f ms: %.1f ms outside the history (the call into the system,"
                  + " the update's round trip, the answer)",
              client, client - total));
    }
    if (same.size() < breakdowns.size()) {
      out.append(
          line(
              "  (%d purchases with other steps, e.g. retries, left out of the medians)",
              breakdowns.size() - same.size()));
    }
    return out.toString();
  }

  /** The purchases that share the most frequent sequence of steps. */
  static List<Breakdown> mostCommonShape(List<Breakdown> breakdowns) {
    Map<List<String>, List<Breakdown>> byShape =
        breakdowns.stream().collect(Collectors.groupingBy(Breakdown::shape));
    return byShape.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
  }

  /** The lower median: an observed value, like the benchmark's nearest-rank percentiles. */
  static double median(List<Double> values) {
    double[] sorted = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(sorted);
    return sorted[(sorted.length - 1) / 2];
  }

  private static double median(List<Breakdown> breakdowns, ToDoubleFunction<Breakdown> value) {
    List<Double> values = new ArrayList<>();
    breakdowns.forEach(b -> values.add(value.applyAsDouble(b)));
    return median(values);
  }

  private static long count(List<Step> steps, Step.Kind kind) {
    return steps.stream().filter(s -> s.kind() == kind).count();
  }

  private static String line(String format, Object... args) {
    return String.format(Locale.ROOT, format, args) + "\n";
  }
}
