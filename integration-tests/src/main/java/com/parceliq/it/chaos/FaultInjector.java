package com.parceliq.it.chaos;

import com.parceliq.it.chaos.FaultPlan.Kind;
import com.parceliq.it.chaos.FaultPlan.Strike;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Simulator;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;

/**
 * Strikes the plan's faults one after the other (a fault that runs late pushes the next one back,
 * never on top of it: the run proves recovery from each fault, not from every overlap). Every fault
 * ends with the service back: the kill is followed by a restart that waits until it is healthy.
 */
final class FaultInjector implements Runnable {

  private final FaultPlan plan;
  private final ServiceControl services;
  private final Simulator simulator;
  private final List<ChaosTenant> tenants;
  private final Counts faults;
  private final Counts failed = new Counts();
  private final Random random;
  private final Instant start;
  private volatile boolean done;

  FaultInjector(
      FaultPlan plan,
      ServiceControl services,
      Simulator simulator,
      List<ChaosTenant> tenants,
      Counts faults,
      long seed,
      Instant start) {
    this.plan = plan;
    this.services = services;
    this.simulator = simulator;
    this.tenants = tenants;
    this.faults = faults;
    this.random = new Random(seed);
    this.start = start;
  }

  /** Faults whose injection or recovery failed (e.g. a restart that never became healthy). */
  Counts failed() {
    return failed;
  }

  boolean done() {
    return done;
  }

  @Override
  public void run() {
    try {
      for (Strike strike : plan.strikes()) {
        Duration wait = Duration.between(Instant.now(), start.plus(strike.at()));
        if (!wait.isNegative()) {
          Client.sleep(wait);
        }
        try {
          strike(strike.kind());
        } catch (RuntimeException e) {
          // Reported, never swallowed: a service that does not come back fails the run's checks.
          failed.add(strike.kind().label());
          System.out.printf("chaos: fault %s FAILED: %s%n", strike.kind().label(), e.getMessage());
        }
      }
    } finally {
      done = true;
    }
  }

  private void strike(Kind kind) {
    Instant began = Instant.now();
    System.out.printf("chaos: fault %s%n", kind.label());
    switch (kind) {
      case WORKER_KILL -> {
        services.kill("workers");
        Client.sleep(Duration.ofMillis(random.nextInt(5000)));
        services.restart("workers");
      }
      case TEMPORAL_RESTART -> {
        // Its state lives in a SQLite file: a crash loses nothing that was acknowledged.
        services.kill("temporal");
        Client.sleep(Duration.ofSeconds(2 + random.nextInt(4)));
        services.restart("temporal");
      }
      case POSTGRES_RESTART -> {
        // A clean stop: the test cluster runs synchronous_commit=off, so SIGKILL could lose
        // acknowledged commits, a loss no application can prevent.
        services.stop("postgres");
        Client.sleep(Duration.ofSeconds(2 + random.nextInt(6)));
        services.restart("postgres");
      }
      case SIMULATOR_OUTAGE -> simulator.outage(10 + random.nextInt(15));
      case RECEIVER_DOWN -> {
        tenants.forEach(tenant -> tenant.receiver().stop());
        Client.sleep(Duration.ofSeconds(10 + random.nextInt(20)));
        tenants.forEach(tenant -> tenant.receiver().restart());
      }
    }
    faults.add(kind.label());
    System.out.printf(
        "chaos: fault %s done in %ds%n",
        kind.label(), Duration.between(began, Instant.now()).toSeconds());
  }
}
