package com.parceliq.it.bench.reconciliation;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the workers' memory while the run goes on: the process's peak resident set (VmHWM of
 * /proc/&lt;pid&gt;/status, kept by the kernel, so no peak is missed between samples) and the JVM
 * heap in use (the sum of the heap pools of the workers' /q/metrics, sampled every interval: its
 * maximum is a lower bound of the true peak).
 */
final class MemorySampler implements AutoCloseable {

  private static final Pattern HEAP =
      Pattern.compile("^jvm_memory_used_bytes\\{[^}]*area=\"heap\"[^}]*}\\s+([0-9.eE+-]+)$");
  private static final Pattern STATUS_KB = Pattern.compile("^(VmHWM|VmRSS):\\s+(\\d+) kB$");

  private final Path status;
  private final URI metrics;
  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong peakHeap = new AtomicLong();
  private final AtomicLong peakRss = new AtomicLong();
  private final Thread sampler;
  private volatile boolean running = true;

  MemorySampler(long workersPid, String workersUrl, Duration interval) {
    this.status = Path.of("/proc", Long.toString(workersPid), "status");
    this.metrics = URI.create(workersUrl + "/q/metrics");
    this.sampler =
        Thread.ofVirtual()
            .start(
                () -> {
                  while (running) {
                    sample();
                    try {
                      Thread.sleep(interval);
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                });
  }

  static long workersPid(String dataDir) throws IOException {
    return Long.parseLong(
        Files.readAllLines(Path.of(dataDir, "workers", "workers.pid")).getFirst().strip());
  }

  /** VmHWM in bytes: the process's peak resident set since it started. */
  long peakRssBytes() {
    sample();
    return peakRss.get();
  }

  long peakHeapBytes() {
    return peakHeap.get();
  }

  private void sample() {
    try {
      for (String line : Files.readAllLines(status)) {
        Matcher kb = STATUS_KB.matcher(line);
        if (kb.matches() && kb.group(1).equals("VmHWM")) {
          peakRss.accumulateAndGet(Long.parseLong(kb.group(2)) * 1024, Math::max);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the workers restarted or went away: the samples so far stand
    }
    try {
      String text =
          http.send(HttpRequest.newBuilder(metrics).build(), HttpResponse.BodyHandlers.ofString())
              .body();
      long heap = 0;
      for (String line : text.split("\n")) {
        Matcher used = HEAP.matcher(line.strip());
        if (used.matches()) {
          heap += (long) Double.parseDouble(used.group(1));
        }
      }
      peakHeap.accumulateAndGet(heap, Math::max);
    } catch (IOException | RuntimeException e) {
      // no metrics this time
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    running = false;
    sampler.interrupt();
  }
}
