package com.parceliq.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.parceliq.it.support.ApiClient;
import com.parceliq.it.support.ApiResponse;
import com.parceliq.it.support.Json;
import com.parceliq.it.support.Platform;
import com.parceliq.it.support.StackConfig;
import com.parceliq.it.support.Tenant;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rating benchmark ({@code ./parceliq bench rating}): a tenant with UPS, FedEx and USPS
 * accounts in test mode, whose carriers (a stub on the carrier-stub port) each take {@link
 * #CARRIER_DELAY} per rating call, rates fresh shipments through {@code POST
 * /v1/shipments/{id}/rates}. Every rating asks all three accounts and the sandbox in parallel, so
 * the latency should stay near one carrier's delay plus ParcelIQ's overhead. Each shipment has its
 * own reference, so the workers' quote cache never answers for the carriers. See
 * docs/benchmarks/rating.md.
 */
public final class RatingBenchmark {

  static final Duration CARRIER_DELAY = Duration.ofMillis(200);
  private static final Set<String> CARRIERS = Set.of("sandbox", "ups", "fedex", "usps");

  private RatingBenchmark() {}

  public static void main(String[] args) throws IOException {
    System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    BenchmarkOptions options;
    try {
      options = BenchmarkOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    StackConfig config = StackConfig.forIntegrationTests();
    int port =
        Integer.parseInt(System.getenv().getOrDefault("PARCELIQ_CARRIER_STUB_PORT", "18095"));
    System.out.printf(
        "ParcelIQ rating benchmark: API %s, carriers stubbed on port %d answering in %d ms%n"
            + "levels %s, %d measured ratings per level, %d CPUs here%n",
        config.apiUrl(),
        port,
        CARRIER_DELAY.toMillis(),
        options.levels(),
        options.count(),
        Runtime.getRuntime().availableProcessors());
    List<LevelResult> results = new ArrayList<>();
    try (RatingCarrierStub carriers = RatingCarrierStub.start(port, CARRIER_DELAY)) {
      Tenant tenant = new Platform(new ApiClient(config.apiUrl()), config.adminKey()).newTenant();
      for (String carrier : List.of("ups", "fedex", "usps")) {
        tenant.post("/v1/carrier_accounts").json(account(carrier)).send().expect(201);
      }
      for (int level : options.levels()) {
        results.add(measure(tenant, options, level));
      }
    }
    System.out.println();
    System.out.print(table(results));
    System.exit(0);
  }

  private static LevelResult measure(Tenant tenant, BenchmarkOptions options, int level) {
    int warmup = options.warmupFor(level);
    List<String> shipments = new ArrayList<>();
    for (int i = 0; i < warmup + options.count(); i++) {
      shipments.add(tenant.createShipment("bench-rating-" + level + "-" + i).path("id").asText());
    }
    ConcurrentLevel.run(level, shipments.subList(0, warmup), id -> rate(tenant, id));
    LevelResult result =
        ConcurrentLevel.run(
                level, shipments.subList(warmup, shipments.size()), id -> rate(tenant, id))
            .result(level);
    System.out.println(ResultTable.line("rating", result).replaceFirst("^purchase ", "rating "));
    result.firstProblem().ifPresent(problem -> System.out.println("first problem: " + problem));
    return result;
  }

  /** Completed only when every carrier quoted: a missing one would make the rating look fast. */
  private static Outcome rate(Tenant tenant, String shipmentId) {
    long start = System.nanoTime();
    ApiResponse response = tenant.post("/v1/shipments/" + shipmentId + "/rates").send();
    Duration latency = Duration.ofNanos(System.nanoTime() - start);
    if (response.status() != 200) {
      return Outcome.failed(latency, response.toString());
    }
    JsonNode body = response.json();
    Set<String> quoted = new TreeSet<>();
    body.path("rates").forEach(rate -> quoted.add(rate.path("carrier").asText()));
    return quoted.equals(CARRIERS)
        ? Outcome.completed(latency)
        : Outcome.failed(
            latency, "carriers quoted " + quoted + ", messages " + body.path("messages"));
  }

  private static ObjectNode account(String carrier) {
    ObjectNode body = Json.object().put("carrier", carrier).put("test_mode", true);
    ObjectNode credentials = body.putObject("credentials");
    credentials.put("client_id", "bench-" + carrier).put("client_secret", "bench-secret");
    switch (carrier) {
      case "usps" ->
          credentials
              .put("crid", "56982563")
              .put("mid", "904128936")
              .put("manifest_mid", "904128937")
              .put("eps_account_number", "1000405525");
      default -> credentials.put("account_number", "A1B2C3");
    }
    return body;
  }

  private static String table(List<LevelResult> results) {
    StringBuilder out =
        new StringBuilder(
            "| concurrency | p50 / p95 / p99 ms | ratings/s | over one carrier's delay (p50 / p95) |\n"
                + "|---|---|---|---|\n");
    for (LevelResult result : results) {
      double delay = CARRIER_DELAY.toMillis();
      result
          .latency()
          .ifPresent(
              latency ->
                  out.append(
                      String.format(
                          Locale.ROOT,
                          "| %d | %.0f / %.0f / %.0f | %.1f | +%.0f / +%.0f |%n",
                          result.concurrency(),
                          latency.p50(),
                          latency.p95(),
                          latency.p99(),
                          result.ratePerSecond(),
                          latency.p50() - delay,
                          latency.p95() - delay)));
    }
    return out.toString();
  }
}
