package com.parceliq.it.bench;

import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Tenant;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * {@code GET /v1/shipments/{id}} of random shipments at a fixed rate, open loop: each read starts
 * on its own virtual thread when it is due, so a slow answer does not delay the next read and
 * latency under load is not hidden by a client that waits (coordinated omission).
 */
final class PacedReads {

  private final Tenant tenant;
  private final List<String> shipmentIds;
  private final int perSecond;
  private final Random random = new Random(8);

  PacedReads(Tenant tenant, List<String> shipmentIds, int perSecond) {
    this.tenant = tenant;
    this.shipmentIds = List.copyOf(shipmentIds);
    this.perSecond = perSecond;
  }

  /** Reads until {@code stop} says so (checked before every read); waits for the last answers. */
  ReadPhase run(String name, BooleanSupplier stop) throws InterruptedException {
    Queue<Duration> latencies = new ConcurrentLinkedQueue<>();
    AtomicInteger failed = new AtomicInteger();
    long interval = TimeUnit.SECONDS.toNanos(1) / perSecond;
    long begin = System.nanoTime();
    try (ExecutorService readers = Executors.newVirtualThreadPerTaskExecutor()) {
      for (long n = 0; !stop.getAsBoolean(); n++) {
        LockSupport.parkNanos(begin + n * interval - System.nanoTime());
        String id = shipmentIds.get(random.nextInt(shipmentIds.size()));
        readers.submit(
            () -> {
              try {
                ApiResponse response = tenant.get("/v1/shipments/" + id).send();
                if (response.status() == 200) {
                  latencies.add(response.elapsed());
                } else {
                  failed.incrementAndGet();
                }
              } catch (RuntimeException e) {
                failed.incrementAndGet();
              }
            });
      }
    }
    Duration wall = Duration.ofNanos(System.nanoTime() - begin);
    return new ReadPhase(name, new ArrayList<>(latencies), failed.get(), wall);
  }

  /** Reads for a fixed time. */
  ReadPhase run(String name, Duration duration) throws InterruptedException {
    long end = System.nanoTime() + duration.toNanos();
    return run(name, () -> System.nanoTime() >= end);
  }
}
