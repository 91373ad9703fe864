package com.parceliq.it.bench;

import com.parceliq.it.bench.bare.BareBaseline;
import com.parceliq.it.bench.history.Histories;
import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.StackConfig;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The purchase benchmark on a running stack ({@code ./parceliq up && ./parceliq bench}): at each
 * concurrency level, the latency and sustained rate of {@code POST /v1/shipments/{id}/buy}, and the
 * same for a bare Temporal workflow whose purchase is one update running one no-op activity, driven
 * the same way from this process. See docs/benchmarks/purchase.md.
 */
public final class PurchaseBenchmark {

  private PurchaseBenchmark() {}

  public static void main(String[] args) {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    StackConfig config = StackConfig.forDevelopmentStack();
    System.out.printf(
        "ParcelIQ purchase benchmark: API %s, Temporal %s (namespace %s)%n"
            + "levels %s, %d measured purchases per level and system, %d CPUs here%n",
        config.apiUrl(),
        config.temporalAddress(),
        config.temporalNamespace(),
        options.levels(),
        options.count(),
        Runtime.getRuntime().availableProcessors());
    List<ResultTable.Row> rows = run(config, options);
    System.out.println();
    System.out.print(ResultTable.markdown(rows));
    System.exit(0);
  }

  static List<ResultTable.Row> run(StackConfig config, BenchmarkOptions options) {
    ParcelIqPurchases parcelIq =
        new ParcelIqPurchases(
            new Platform(new ApiClient(config.apiUrl()), config.adminKey()).newTenant());
    List<ResultTable.Row> rows = new ArrayList<>();
    try (BenchTemporal temporal = new BenchTemporal(config);
        BareBaseline baseline = options.bare() ? new BareBaseline(temporal.client()) : null) {
      LevelRunner runner = new LevelRunner(options, new Histories(temporal.client()));
      Optional<BarePurchases> bare = Optional.ofNullable(baseline).map(BarePurchases::new);
      for (int level : options.levels()) {
        LevelResult piq = runner.measure(parcelIq, level);
        Optional<LevelResult> bareResult = bare.map(target -> runner.measure(target, level));
        rows.add(new ResultTable.Row(piq, bareResult));
      }
    }
    return rows;
  }
}
