package com.parceliq.it.bench;

import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.StackConfig;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.Unique;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Latency of {@code POST /v1/shipments/{id}/buy} as a client sees it, on a running stack ({@code
 * ./parceliq up && ./parceliq bench}). Shipments are created and rated first, so only the purchase
 * is timed: wallet debit, carrier call, label stored in S3, read model updated, all through the
 * shipment workflow. Calls are sequential: this is latency, not throughput.
 */
public final class BuyLatencyBenchmark {

  private BuyLatencyBenchmark() {}

  public static void main(String[] args) {
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    StackConfig config = StackConfig.forDevelopmentStack();
    System.out.println("ParcelIQ buy latency benchmark against " + config.apiUrl());
    LatencySummary summary = run(config, options);
    System.out.printf(
        "%nbuys: %d%np50:  %.1f ms%np90:  %.1f ms%np99:  %.1f ms%nmax:  %.1f ms%nmean: %.1f ms%n",
        summary.count(),
        summary.p50(),
        summary.p90(),
        summary.p99(),
        summary.max(),
        summary.mean());
    System.out.println(summary.asLine());
  }

  static LatencySummary run(StackConfig config, BenchmarkOptions options) {
    Tenant tenant = new Platform(new ApiClient(config.apiUrl()), config.adminKey()).newTenant();
    int total = options.warmup() + options.count();
    System.out.printf("creating and rating %d shipments for tenant %s%n", total, tenant.id());
    List<RatedShipment> shipments = new ArrayList<>(total);
    BigDecimal cost = BigDecimal.ZERO;
    for (int i = 0; i < total; i++) {
      RatedShipment rated = tenant.createRatedShipment("bench-" + i);
      shipments.add(rated);
      cost = cost.add(rated.cheapestPrice());
    }
    tenant.deposit(cost.toPlainString());

    System.out.printf(
        "%d warm-up buys, then %d measured buys%n", options.warmup(), options.count());
    List<Duration> latencies = new ArrayList<>(options.count());
    for (int i = 0; i < total; i++) {
      Duration latency = buy(tenant, shipments.get(i));
      if (i >= options.warmup()) {
        latencies.add(latency);
      }
    }
    return LatencySummary.of(latencies);
  }

  /** One purchase, timed from the request to the last byte of the purchased shipment. */
  private static Duration buy(Tenant tenant, RatedShipment rated) {
    ApiResponse response =
        tenant.buy(rated.shipmentId(), rated.cheapestRateId(), Unique.key("bench"));
    String status = response.expect(200).path("status").asText();
    if (!status.equals("purchased")) {
      throw new AssertionError("Buy did not purchase: " + response);
    }
    return response.elapsed();
  }
}
