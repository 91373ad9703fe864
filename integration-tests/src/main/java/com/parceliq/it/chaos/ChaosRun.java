package com.parceliq.it.chaos;

import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.ServiceControl;
import com.parceliq.it.support.Simulator;
import com.parceliq.it.support.StackConfig;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code ./parceliq chaos}: a mixed client workload through the HTTP API while faults strike the
 * stack, then the invariants (ADR 0022, docs/reliability.md). The stack comes from the launcher's
 * environment (StackConfig); services are killed and restarted through the launcher.
 */
public final class ChaosRun {

  private static final Duration PROGRESS = Duration.ofSeconds(30);

  private ChaosRun() {}

  public static void main(String[] args) throws Exception {
    ChaosOptions options = ChaosOptions.parse(args);
    StackConfig config = StackConfig.forIntegrationTests();
    System.out.printf("chaos: %s against %s%n", options, config.apiUrl());
    ResponseTally tally = new ResponseTally();
    Client client = new Client(tally);
    Counts operations = new Counts();
    Counts unexpected = new Counts();
    ClientSteps steps = new ClientSteps(client, operations, unexpected, Duration.ofMinutes(2));
    WalletSteps wallet = new WalletSteps(client, operations, steps, Duration.ofMinutes(2));
    Simulator simulator = new Simulator(new ApiClient(config.simulatorUrl()));
    List<ChaosTenant> tenants =
        ChaosTenants.create(
            new Platform(new ApiClient(config.apiUrl()), config.adminKey()), options.tenants());

    Random random = new Random(options.seed());
    FaultPlan plan = FaultPlan.draw(options.duration(), options.workerKills(), random);
    Counts faults = new Counts();
    Instant start = Instant.now();
    FaultInjector injector =
        new FaultInjector(
            plan, new ServiceControl(config), simulator, tenants, faults, random.nextLong(), start);
    System.out.printf(
        "chaos: %d faults planned over %s%n", plan.strikes().size(), options.duration());
    runWorkload(options, tenants, steps, wallet, client, operations, injector, random, start);
    Duration workload = Duration.between(start, Instant.now());

    List<Snapshot> snapshots =
        new Settler(steps, wallet, new StackReads(client)).settle(tenants, options.settle());
    ChaosReport report = new ChaosReport(System.out);
    System.out.printf(
        "chaos: workload ran %ds, settled after %ds%n",
        workload.toSeconds(), Duration.between(start, Instant.now()).toSeconds());
    report.figures("operations", operations);
    report.figures("faults", faults);
    report.figures("API statuses", tally.statuses());
    report.figures("client-side failures", tally.clientFailures());
    report.figures("definitive answers other than expected", unexpected);
    long violations =
        Invariants.checkAll(report, snapshots, simulator.stats().json(), tally, injector.failed());
    tenants.forEach(tenant -> tenant.receiver().close());
    report.last(operations.total(), faults.total(), violations);
    System.exit(violations == 0 ? 0 : 1);
  }

  /**
   * Runs the clients until at least {@code --operations} were made AND every planned fault struck,
   * so the report's figures are at least what was asked; a run taking thrice its window stops
   * anyway and says so.
   */
  private static void runWorkload(
      ChaosOptions options,
      List<ChaosTenant> tenants,
      ClientSteps steps,
      WalletSteps wallet,
      Client client,
      Counts operations,
      FaultInjector injector,
      Random random,
      Instant start)
      throws InterruptedException {
    AtomicBoolean stop = new AtomicBoolean();
    AtomicLong sequence = new AtomicLong();
    ExecutorService clients = Executors.newFixedThreadPool(options.concurrency() + 1);
    for (int i = 0; i < options.concurrency(); i++) {
      clients.submit(
          new Workload(
              tenants, steps, wallet, client, operations, random.nextLong(), stop, sequence));
    }
    clients.submit(injector);
    Instant cap = start.plus(options.duration().multipliedBy(3));
    Instant nextProgress = start.plus(PROGRESS);
    while (operations.total() < options.operations() || !injector.done()) {
      if (Instant.now().isAfter(cap)) {
        System.out.println("chaos: stopping at 3x the window before the operations/faults asked");
        break;
      }
      if (Instant.now().isAfter(nextProgress)) {
        System.out.printf("chaos: %d operations so far%n", operations.total());
        nextProgress = nextProgress.plus(PROGRESS);
      }
      Thread.sleep(1000);
    }
    stop.set(true);
    clients.shutdown();
    if (!clients.awaitTermination(10, TimeUnit.MINUTES)) {
      System.out.println("chaos: some clients still busy after 10 minutes; checking anyway");
    }
  }
}
