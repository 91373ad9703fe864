package com.parceliq.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.ArchivalRuns;
import com.parceliq.it.support.FinishedShipments;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.StackConfig;
import com.parceliq.it.support.StackDatabase;
import com.parceliq.it.support.Tenant;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The archival benchmark ({@code ./parceliq bench archival}, docs/benchmarks/archival.md). One
 * tenant gets N finished shipments (cloned in SQL from real templates, like ArchivalCrashIT),
 * another a thousand hot ones. Reads of the other tenant's hot shipments are timed idle, then while
 * an operator run archives the first tenant; then reads of archived shipments (index + S3 ranged
 * GET). The run's own record gives shipments per second and bytes per shipment.
 */
public final class ArchivalBenchmark {

  private static final Duration RUN_LIMIT = Duration.ofMinutes(60);
  private static final Duration POLL = Duration.ofMillis(500);

  private ArchivalBenchmark() {}

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    ArchivalBenchOptions options;
    try {
      options = ArchivalBenchOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    StackConfig config = StackConfig.forIntegrationTests();
    System.out.printf(
        "ParcelIQ archival benchmark: API %s, %d shipments to archive, reads of %d hot shipments"
            + " at %d/s, %d s per idle phase, %d CPUs here%n",
        config.apiUrl(),
        options.shipments(),
        options.readerShipments(),
        options.readRate(),
        options.baselineSeconds(),
        Runtime.getRuntime().availableProcessors());
    Platform platform = new Platform(new ApiClient(config.apiUrl()), config.adminKey());
    FinishedShipments seed = new FinishedShipments(StackDatabase.fromEnvironment());
    List<String> templates = FinishedShipments.templates(platform.newTenant());
    Tenant archived = platform.newTenant();
    Tenant reader = platform.newTenant();
    Instant now = Instant.now();
    long seedStart = System.nanoTime();
    List<String> toArchive =
        seed.seed(
            templates,
            archived.id(),
            options.shipments(),
            now.minus(Duration.ofDays(3)),
            now.minus(Duration.ofDays(2)));
    List<String> hot =
        seed.seed(
            templates,
            reader.id(),
            options.readerShipments(),
            now.minus(Duration.ofDays(3)),
            now.minus(Duration.ofDays(2)));
    System.out.printf(
        "seeded %d + %d shipments in %.1f s%n",
        toArchive.size(), hot.size(), (System.nanoTime() - seedStart) / 1e9);

    PacedReads hotReads = new PacedReads(reader, hot, options.readRate());
    hotReads.run("warm-up", Duration.ofSeconds(5));
    ReadPhase idle = hotReads.run("hot, idle", Duration.ofSeconds(options.baselineSeconds()));

    ArchivalRuns runs = new ArchivalRuns(platform);
    String runId = runs.started(Instant.now(), archived.id());
    AtomicReference<JsonNode> last = new AtomicReference<>();
    Thread poller = Thread.ofVirtual().start(() -> follow(runs, runId, last));
    ReadPhase during = hotReads.run("hot, during archival", () -> !poller.isAlive());
    poller.join();
    JsonNode run = last.get();
    if (run == null || !"completed".equals(run.path("status").asText())) {
      System.err.println("the archival run did not complete: " + run);
      System.exit(1);
    }
    ReadPhase archivedReads =
        new PacedReads(archived, toArchive, options.readRate())
            .run("archived (index + S3)", Duration.ofSeconds(options.baselineSeconds()));

    ArchivalThroughput throughput = ArchivalThroughput.of(run);
    List<ReadPhase> phases = List.of(idle, during, archivedReads);
    System.out.println();
    System.out.print(ArchivalReport.runTable(throughput));
    System.out.println();
    System.out.print(ArchivalReport.readTable(phases));
    System.out.println();
    System.out.println(ArchivalReport.line(throughput));
    phases.forEach(phase -> System.out.println(ArchivalReport.line(phase)));
    System.exit(0);
  }

  /** Polls the run until it leaves "running" (or the limit passes), keeping the last record. */
  private static void follow(ArchivalRuns runs, String runId, AtomicReference<JsonNode> last) {
    long deadline = System.nanoTime() + RUN_LIMIT.toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode run = runs.progressOrNull(runId);
      if (run != null) {
        last.set(run);
        if (!"running".equals(run.path("status").asText())) {
          return;
        }
      }
      try {
        Thread.sleep(POLL);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
