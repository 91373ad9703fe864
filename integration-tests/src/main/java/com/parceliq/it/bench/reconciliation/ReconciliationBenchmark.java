package com.parceliq.it.bench.reconciliation;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.BilledLabels;
import com.parceliq.it.support.GeneratedInvoice;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.Reconciliations;
import com.parceliq.it.support.StackConfig;
import com.parceliq.it.support.StackDatabase;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

/**
 * {@code ./parceliq bench reconciliation [--lines N]}: one tenant's labels seeded in SQL with their
 * purchase ledger entries, a generated sandbox invoice of N lines (default 1,000,000) written to
 * disk and uploaded through the API, the run followed to completion. Reports lines reconciled per
 * second overall and per phase, and the workers' peak memory. See
 * docs/benchmarks/reconciliation.md.
 */
public final class ReconciliationBenchmark {

  private static final Duration RUN_LIMIT = Duration.ofMinutes(90);
  private static final Duration POLL = Duration.ofMillis(250);

  private ReconciliationBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    int lines =
        args.length == 2 && args[0].equals("--lines") ? Integer.parseInt(args[1]) : 1_000_000;
    StackConfig config = StackConfig.forIntegrationTests();
    System.out.printf(
        "ParcelIQ reconciliation benchmark: API %s, %,d invoice lines, %d CPUs here%n",
        config.apiUrl(), lines, Runtime.getRuntime().availableProcessors());
    Platform platform = new Platform(new ApiClient(config.apiUrl()), config.adminKey());
    int labels = (int) ((lines - lines / 100) / 3.2);
    int unknown = (int) (lines - GeneratedInvoice.linesFor(labels, 0));

    long seedStart = System.nanoTime();
    String template = BilledLabels.template(platform.newTenant());
    Tenant tenant = platform.newTenant();
    BilledLabels.Seeded seeded =
        new BilledLabels(StackDatabase.fromEnvironment()).seed(template, tenant.id(), labels);
    System.out.printf(
        "seeded %,d labels with their ledger in %.1f s%n", labels, secondsSince(seedStart));
    Path file = Files.createTempFile("reconciliation-bench", ".csv");
    GeneratedInvoice invoice =
        GeneratedInvoice.write(file, "SBX-BENCH-" + Unique.key("inv"), seeded, unknown);
    System.out.printf(
        "invoice: %,d lines, %,d labels + %,d unknown codes, %,d bytes%n",
        invoice.lines(), labels, unknown, Files.size(file));

    Reconciliations reconciliations = new Reconciliations(tenant);
    PhaseClock clock = new PhaseClock();
    JsonNode run;
    double uploadSeconds;
    long pid = MemorySampler.workersPid(System.getenv("PARCELIQ_DATA_DIR"));
    try (MemorySampler memory =
        new MemorySampler(pid, System.getenv("PARCELIQ_WORKERS_URL"), Duration.ofMillis(500))) {
      long uploadStart = System.nanoTime();
      String runId =
          reconciliations.uploadFile(file, Unique.key("bench")).expect(201).path("id").asText();
      uploadSeconds = secondsSince(uploadStart);
      clock.saw("uploaded", System.nanoTime());
      run = follow(reconciliations, runId, clock);
      report(invoice, run, clock, uploadSeconds, memory);
    } finally {
      Files.deleteIfExists(file);
    }
    System.exit(verified(invoice, run) ? 0 : 1);
  }

  private static JsonNode follow(Reconciliations reconciliations, String runId, PhaseClock clock)
      throws InterruptedException {
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    JsonNode last = null;
    while (System.nanoTime() < deadline) {
      JsonNode run = reconciliations.runOrNull(runId);
      if (run != null) {
        last = run;
        clock.saw(run.path("status").asText(), System.nanoTime());
        if (Reconciliations.finished(run)) {
          return run;
        }
      }
      Thread.sleep(POLL);
    }
    throw new IllegalStateException("the run did not finish within " + RUN_LIMIT + ": " + last);
  }

  private static void report(
      GeneratedInvoice invoice,
      JsonNode run,
      PhaseClock clock,
      double uploadSeconds,
      MemorySampler memory) {
    double parse = clock.seconds("parsing", "classifying");
    double classify = clock.seconds("classifying", "reporting");
    double reporting = clock.seconds("reporting", "completed");
    double total = clock.seconds("uploaded", "completed");
    long labels = run.path("labels_classified").asLong();
    System.out.println();
    System.out.printf("%-12s %10s %16s %16s%n", "phase", "seconds", "lines/s", "labels/s");
    row("upload", uploadSeconds, invoice.lines(), labels);
    row("parse", parse, invoice.lines(), labels);
    row("classify", classify, invoice.lines(), labels);
    row("report", reporting, invoice.lines(), labels);
    row("run (total)", total, invoice.lines(), labels);
    System.out.println();
    System.out.printf(
        "workers peak RSS (VmHWM): %.0f MiB; peak JVM heap used (sampled every 0.5 s): %.0f MiB%n",
        memory.peakRssBytes() / 1048576.0, memory.peakHeapBytes() / 1048576.0);
    System.out.printf(
        "RESULT lines=%d labels=%d upload_s=%.1f parse_s=%.1f classify_s=%.1f report_s=%.1f"
            + " total_s=%.1f lines_per_s=%.0f peak_rss_mib=%.0f peak_heap_mib=%.0f%n",
        invoice.lines(),
        labels,
        uploadSeconds,
        parse,
        classify,
        reporting,
        total,
        invoice.lines() / total,
        memory.peakRssBytes() / 1048576.0,
        memory.peakHeapBytes() / 1048576.0);
  }

  private static void row(String phase, double seconds, long lines, long labels) {
    System.out.printf(
        "%-12s %10.1f %16.0f %16.0f%n", phase, seconds, lines / seconds, labels / seconds);
  }

  /** The run must have reconciled the invoice exactly as generated, or its figures mean nothing. */
  private static boolean verified(GeneratedInvoice invoice, JsonNode run) {
    boolean ok = "completed".equals(run.path("status").asText());
    ok &= run.path("lines_parsed").asLong() == invoice.lines();
    for (Map.Entry<String, Long> expected : invoice.labelsByClassification().entrySet()) {
      ok &=
          run.path("summary").path(expected.getKey()).path("labels").asLong()
              == expected.getValue();
    }
    ok &=
        new BigDecimal(run.path("posted_total").asText("0")).compareTo(invoice.postedTotal()) == 0;
    if (!ok) {
      System.err.println("the run did not reconcile the invoice as generated: " + run);
    }
    return ok;
  }

  private static double secondsSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
