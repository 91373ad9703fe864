package com.parceliq.it.bench;

import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** The archival benchmark's results as Markdown tables and {@code key=value} lines. */
final class ArchivalReport {

  private ArchivalReport() {}

  static String runTable(ArchivalThroughput run) {
    return "| run status | shipments archived | pages | run time s | shipments/s"
        + " | bytes archived | bytes/shipment |\n"
        + "|---|---|---|---|---|---|---|\n"
        + String.format(
            Locale.ROOT,
            "| %s | %d | %d | %.1f | %.1f | %d | %.0f |%n",
            run.status(),
            run.shipments(),
            run.pages(),
            run.elapsed().toNanos() / 1e9,
            run.shipmentsPerSecond(),
            run.bytes(),
            run.bytesPerShipment());
  }

  static String readTable(List<ReadPhase> phases) {
    StringBuilder out = new StringBuilder();
    out.append("| GET /v1/shipments/{id} | reads | failed | reads/s | p50 ms | p95 ms | p99 ms")
        .append(" | max ms |\n");
    out.append("|---|---|---|---|---|---|---|---|\n");
    for (ReadPhase phase : phases) {
      out.append(
          String.format(
              Locale.ROOT,
              "| %s | %d | %d | %.1f | %s | %s | %s | %s |%n",
              phase.name(),
              phase.latencies().size(),
              phase.failed(),
              phase.readsPerSecond(),
              millis(phase, LatencySummary::p50),
              millis(phase, LatencySummary::p95),
              millis(phase, LatencySummary::p99),
              millis(phase, LatencySummary::max)));
    }
    return out.toString();
  }

  static String line(ArchivalThroughput run) {
    return String.format(
        Locale.ROOT,
        "archival status=%s shipments=%d pages=%d seconds=%.2f shipments_per_s=%.1f bytes=%d"
            + " bytes_per_shipment=%.0f",
        run.status(),
        run.shipments(),
        run.pages(),
        run.elapsed().toNanos() / 1e9,
        run.shipmentsPerSecond(),
        run.bytes(),
        run.bytesPerShipment());
  }

  static String line(ReadPhase phase) {
    return String.format(
        Locale.ROOT,
        "reads phase=\"%s\" count=%d failed=%d p50_ms=%s p95_ms=%s p99_ms=%s max_ms=%s",
        phase.name(),
        phase.latencies().size(),
        phase.failed(),
        millis(phase, LatencySummary::p50),
        millis(phase, LatencySummary::p95),
        millis(phase, LatencySummary::p99),
        millis(phase, LatencySummary::max));
  }

  private static String millis(ReadPhase phase, ToDoubleFunction<LatencySummary> percentile) {
    return phase
        .summary()
        .map(summary -> String.format(Locale.ROOT, "%.1f", percentile.applyAsDouble(summary)))
        .orElse("-");
  }
}
