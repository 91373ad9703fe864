package com.parceliq.it.bench;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The results as a Markdown table (it reads in a terminal and pastes into the docs) and as one
 * {@code key=value} line per system and level for scripts.
 */
final class ResultTable {

  private ResultTable() {}

  /** One level: ParcelIQ, and the bare baseline when it ran. */
  record Row(LevelResult parcelIq, Optional<LevelResult> bare) {}

  static String markdown(List<Row> rows) {
    StringBuilder out = new StringBuilder();
    out.append(
        "| concurrency | ParcelIQ p50 ms | p95 ms | p99 ms | purchases/s | not completed"
            + " | bare p50 ms | p95 ms | p99 ms | purchases/s | p50 ParcelIQ/bare"
            + " | rate ParcelIQ/bare |\n");
    out.append("|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      LevelResult piq = row.parcelIq();
      out.append(
          String.format(
              Locale.ROOT,
              "| %d | %s | %s |%n",
              piq.concurrency(),
              String.join(" | ", figures(piq), notCompleted(piq)),
              row.bare()
                  .map(
                      bare ->
                          String.join(
                              " | ",
                              figures(bare),
                              ratio(p50(piq), p50(bare)),
                              ratio(piq.ratePerSecond(), bare.ratePerSecond())))
                  .orElse("- | - | - | - | - | -")));
    }
    return out.toString();
  }

  /** {@code purchase system=parceliq concurrency=1 completed=… p50_ms=… rate_per_s=…}. */
  static String line(String system, LevelResult result) {
    return String.format(
        Locale.ROOT,
        "purchase system=%s concurrency=%d completed=%d still_running=%d failed=%d"
            + " p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s rate_per_s=%.1f wall_s=%.2f"
            + " finished_later=%d finished_rate_per_s=%.1f",
        system,
        result.concurrency(),
        result.completed(),
        result.stillRunning(),
        result.failed(),
        millis(result, LatencySummary::p50),
        millis(result, LatencySummary::p95),
        millis(result, LatencySummary::p99),
        millis(result, LatencySummary::max),
        result.ratePerSecond(),
        result.wall().toNanos() / 1e9,
        result.finishedLater(),
        result.finishedRatePerSecond());
  }

  private static String figures(LevelResult result) {
    return String.join(
        " | ",
        millis(result, LatencySummary::p50),
        millis(result, LatencySummary::p95),
        millis(result, LatencySummary::p99),
        String.format(Locale.ROOT, "%.1f", result.ratePerSecond()));
  }

  /** Still-running answers and failures: shown, never folded into the figures silently. */
  private static String notCompleted(LevelResult result) {
    if (result.stillRunning() == 0 && result.failed() == 0) {
      return "0";
    }
    String text =
        String.format(
            Locale.ROOT, "%d still running, %d failed", result.stillRunning(), result.failed());
    if (result.stillRunning() > 0) {
      text +=
          String.format(
              Locale.ROOT,
              " (%d of them finished later; all done after %.1f s: %.1f/s)",
              result.finishedLater(),
              result.untilAllFinished().toNanos() / 1e9,
              result.finishedRatePerSecond());
    }
    return text;
  }

  private static double p50(LevelResult result) {
    return result.latency().map(LatencySummary::p50).orElse(Double.NaN);
  }

  private static String ratio(double parcelIq, double bare) {
    if (Double.isNaN(parcelIq) || Double.isNaN(bare) || bare == 0) {
      return "-";
    }
    return String.format(Locale.ROOT, "%.2f", parcelIq / bare);
  }

  private static String millis(
      LevelResult result, java.util.function.ToDoubleFunction<LatencySummary> percentile) {
    return result
        .latency()
        .map(summary -> String.format(Locale.ROOT, "%.1f", percentile.applyAsDouble(summary)))
        .orElse("-");
  }
}
