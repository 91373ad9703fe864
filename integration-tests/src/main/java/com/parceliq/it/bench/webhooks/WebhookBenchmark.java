package com.parceliq.it.bench.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.StackConfig;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.WebhookReceiver;
import io.temporal.client.WorkflowClient;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.client.WorkflowOptions;
import io.temporal.serviceclient.WorkflowServiceStubs;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import io.temporal.worker.WorkerFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.LockSupport;

/**
 * Delivery lag from event to receiver at a steady event rate (docs/benchmarks/webhooks.md). Events
 * of a bench tenant are emitted through the workers' real Emit activity by a bench-only workflow,
 * in batches every 50 ms; a loopback receiver verifies each signature and notes when the delivery
 * arrived. Lag is the event's created_at (set when it is recorded) to that arrival.
 *
 * <p>Arguments: {@code --rate N} events per second (200), {@code --seconds N} (60).
 */
public final class WebhookBenchmark {

  private static final String QUEUE = "bench-webhook-emitter";
  private static final Duration TICK = Duration.ofMillis(50);
  private static final Duration DRAIN = Duration.ofSeconds(120);
  private static final String SECRET = "whsec_bench_0123456789abcdef";
  private static final java.util.concurrent.ExecutorService STARTERS =
      java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor();

  public static void main(String[] args) throws Exception {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    Map<String, String> options = options(args);
    int rate = Integer.parseInt(options.getOrDefault("rate", "200"));
    int seconds = Integer.parseInt(options.getOrDefault("seconds", "60"));
    StackConfig config = StackConfig.forIntegrationTests();
    System.out.printf(
        "ParcelIQ webhook benchmark: API %s, %d events/s for %d s, %d CPUs here%n",
        config.apiUrl(), rate, seconds, Runtime.getRuntime().availableProcessors());

    Tenant tenant = new Platform(new ApiClient(config.apiUrl()), config.adminKey()).newTenant();
    WorkflowServiceStubs stubs =
        WorkflowServiceStubs.newServiceStubs(
            WorkflowServiceStubsOptions.newBuilder().setTarget(config.temporalAddress()).build());
    WorkflowClient client =
        WorkflowClient.newInstance(
            stubs,
            WorkflowClientOptions.newBuilder().setNamespace(config.temporalNamespace()).build());
    WorkerFactory factory = WorkerFactory.newInstance(client);
    factory.newWorker(QUEUE).registerWorkflowImplementationTypes(BenchEmitterWorkflowImpl.class);
    factory.start();

    try (WebhookReceiver receiver = WebhookReceiver.start(SECRET)) {
      tenant
          .post("/v1/webhooks")
          .json(Json.object().put("url", receiver.url()).put("secret", SECRET))
          .send()
          .expect(201);
      warmUp(client, tenant, receiver);
      int warmUpDeliveries = receiver.accepted().size();

      Instant started = Instant.now();
      List<CompletableFuture<Integer>> batches = drive(client, tenant, rate, seconds);
      Instant driven = Instant.now();
      // Bounded waits: a stack that cannot keep up is reported as such, not waited on for ever.
      try {
        CompletableFuture.allOf(batches.toArray(CompletableFuture[]::new))
            .get(seconds + DRAIN.toSeconds(), TimeUnit.SECONDS);
      } catch (TimeoutException e) {
        System.out.println("emitters still running after the drain period; reporting so far");
      }
      int emitted =
          batches.stream()
              .filter(b -> b.isDone() && !b.isCompletedExceptionally())
              .mapToInt(CompletableFuture::join)
              .sum();
      Instant emittedBy = Instant.now();
      long deadline = System.nanoTime() + DRAIN.toNanos();
      while (receiver.accepted().size() - warmUpDeliveries < emitted
          && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
      List<WebhookReceiver.Delivery> accepted = receiver.accepted();
      System.out.printf(
          "%nasked %d events/s for %d s: batches started over %.1f s, emitters done after %.1f s%n",
          rate,
          seconds,
          Duration.between(started, driven).toMillis() / 1000.0,
          Duration.between(started, emittedBy).toMillis() / 1000.0);
      report(accepted.subList(warmUpDeliveries, accepted.size()), emitted, started, receiver);
    } finally {
      factory.shutdownNow();
      stubs.shutdownNow();
    }
    System.exit(0);
  }

  /** A few events first, so class loading and connection set-up are not measured. */
  private static void warmUp(WorkflowClient client, Tenant tenant, WebhookReceiver receiver)
      throws InterruptedException {
    start(client, tenant.id(), "warmup", 20).join();
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (receiver.accepted().size() < 20 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
  }

  /** One batch per tick, paced against the clock so a slow tick does not lower the rate. */
  private static List<CompletableFuture<Integer>> drive(
      WorkflowClient client, Tenant tenant, int rate, int seconds) {
    long ticks = seconds * 1000L / TICK.toMillis();
    double perTick = rate * TICK.toMillis() / 1000.0;
    List<CompletableFuture<Integer>> batches = new ArrayList<>();
    long begin = System.nanoTime();
    double owed = 0;
    for (long tick = 0; tick < ticks; tick++) {
      long due = begin + tick * TICK.toNanos();
      LockSupport.parkNanos(due - System.nanoTime());
      owed += perTick;
      int count = (int) owed;
      owed -= count;
      if (count > 0) {
        String batch = "t" + tick;
        // Started off the pacing thread: a slow start call must not delay the next tick.
        batches.add(
            CompletableFuture.supplyAsync(() -> start(client, tenant.id(), batch, count), STARTERS)
                .thenCompose(result -> result));
      }
    }
    return batches;
  }

  private static CompletableFuture<Integer> start(
      WorkflowClient client, String tenantId, String batch, int count) {
    String run = Long.toString(System.currentTimeMillis(), 36);
    BenchEmitterWorkflow emitter =
        client.newWorkflowStub(
            BenchEmitterWorkflow.class,
            WorkflowOptions.newBuilder()
                .setTaskQueue(QUEUE)
                .setWorkflowId("bench-webhooks:" + tenantId + ":" + batch + ":" + run)
                .build());
    return WorkflowClient.execute(emitter::emit, tenantId, batch + "-" + run, count);
  }

  private static void report(
      List<WebhookReceiver.Delivery> deliveries,
      int emitted,
      Instant started,
      WebhookReceiver receiver) {
    Map<String, Instant> firstArrival = new HashMap<>();
    Map<String, Instant> createdAt = new HashMap<>();
    for (WebhookReceiver.Delivery delivery : deliveries) {
      firstArrival.merge(delivery.eventId(), delivery.at(), (a, b) -> a.isBefore(b) ? a : b);
      JsonNode body = Json.parse(delivery.text());
      createdAt.put(delivery.eventId(), Instant.parse(body.path("created_at").asText()));
    }
    double[] lags =
        firstArrival.entrySet().stream()
            .mapToDouble(
                e -> Duration.between(createdAt.get(e.getKey()), e.getValue()).toNanos() / 1e6)
            .sorted()
            .toArray();
    long unverified = receiver.received().stream().filter(d -> !d.verified()).count();
    System.out.println();
    Instant lastArrival =
        deliveries.stream()
            .map(WebhookReceiver.Delivery::at)
            .max(Instant::compareTo)
            .orElse(started);
    double span = Math.max(1, Duration.between(started, lastArrival).toMillis()) / 1000.0;
    System.out.printf("events emitted      %d%n", emitted);
    System.out.printf(
        "throughput          %.1f events/s delivered (first batch start to last arrival, %.1f s)%n",
        deliveries.stream().map(WebhookReceiver.Delivery::eventId).distinct().count() / span, span);
    System.out.printf(
        "delivered           %d distinct events (%d deliveries), %d requests failed verification%n",
        firstArrival.size(), deliveries.size(), unverified);
    if (lags.length == 0) {
      System.out.println("no delivery arrived");
      return;
    }
    System.out.printf(
        "lag event->receiver p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms  mean %.1f ms%n",
        rank(lags, 50),
        rank(lags, 95),
        rank(lags, 99),
        lags[lags.length - 1],
        Arrays.stream(lags).average().orElse(0));
  }

  private static double rank(double[] sorted, int percentile) {
    int rank = (int) Math.ceil(percentile / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (int i = 0; i + 1 < args.length; i += 2) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("expected --rate N or --seconds N, got " + args[i]);
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
