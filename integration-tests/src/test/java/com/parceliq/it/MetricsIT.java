package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.BusinessFacts;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Scrape;
import com.parceliq.it.support.Series;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import com.parceliq.it.support.WebhookReceiver;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The metrics of docs/metrics.md on the real stack: each business fact moves its counter by exactly
 * one (retries and re-reads count nothing), the API's golden signals are per route template, no
 * series names a tenant or a shipment, and the Temporal SDK's metrics reach both applications.
 */
class MetricsIT {

  /** The Temporal SDK reports every 10 s (parceliq.temporal.metrics-report-interval). */
  private static final Duration REPORTED_WITHIN = Duration.ofSeconds(60);

  /** The API starts a shipment's workflow when the shipment is created. */
  private static final Map<String, String> STARTS = Map.of("operation", "StartWorkflowExecution");

  private static final Set<String> SDK_WORKER_METRICS =
      Set.of(
          "temporal_worker_task_slots_available",
          "temporal_worker_task_slots_used",
          "temporal_workflow_task_schedule_to_start_latency_seconds_bucket",
          "temporal_activity_schedule_to_start_latency_seconds_bucket",
          "temporal_activity_execution_latency_seconds_count",
          "temporal_workflow_task_queue_poll_succeed_total");

  private static final Series FAILED_PURCHASE_ATTEMPTS =
      new Series("temporal_activity_execution_failed_total", "activity_type", "PurchaseLabel");

  @Test
  void eachBusinessFactMovesItsCounterByExactlyOne() {
    Scrape before = Scrape.workers();
    try (WebhookReceiver receiver = WebhookReceiver.start(BusinessFacts.SECRET)) {
      BusinessFacts.Made made = BusinessFacts.make(receiver);
      Map<Series, Double> expected = expectedDeltas(made);
      // The deltas themselves are awaited, so a timeout shows which counter did not move.
      Set<Series> awaited = new LinkedHashSet<>(expected.keySet());
      awaited.add(FAILED_PURCHASE_ATTEMPTS);
      Map<Series, Double> moved =
          Eventually.await(
              "every business counter to move",
              REPORTED_WITHIN,
              () -> Series.deltas(before, Scrape.workers(), awaited),
              deltas -> deltas.values().stream().allMatch(delta -> delta >= 1));
      // The SDK buffers its counters for parceliq.temporal.metrics-report-interval, so the window
      // may also catch failures of activities that ran before it: only "at least" holds there.
      moved.remove(FAILED_PURCHASE_ATTEMPTS);
      assertThat(moved).isEqualTo(expected);
      Scrape after = Scrape.workers();
      after.keep("workers-after-business-facts.prom");
      assertThat(
              new Series("parceliq_webhook_attempts_total", "result", "2xx").delta(before, after))
          .as("a 2xx answer for the initial delivery and for the replay")
          .isGreaterThanOrEqualTo(2);
      assertNoTenantOrShipmentIn(after, made);
    }
  }

  @Test
  void apiTrafficAndErrorsAreCountedPerRouteTemplateNotPerPath() {
    Tenant tenant = TestStack.newTenant();
    String shipmentId = tenant.createShipment(Unique.key("golden")).path("id").asText();
    Series found = new Series("http_server_requests_seconds_count", "uri", "/v1/shipments/{id}");
    Scrape before = Scrape.api();

    for (int i = 0; i < 3; i++) {
      tenant.get("/v1/shipments/" + shipmentId).send().expect(200);
    }
    tenant.get("/v1/shipments/shp_00000000000000000000000000").send().expect(404);

    Scrape after = Scrape.api();
    after.keep("api-after-golden-signals.prom");
    assertThat(found.with("method", "GET").with("status", "200").delta(before, after)).isEqualTo(3);
    assertThat(found.with("status", "404").with("outcome", "CLIENT_ERROR").delta(before, after))
        .isEqualTo(1);
    assertThat(after.samples("http_server_requests_seconds_bucket"))
        .as("latency buckets per route")
        .anySatisfy(s -> assertThat(s.labels()).containsEntry("uri", "/v1/shipments/{id}"));
    assertThat(after.text()).doesNotContain(shipmentId).doesNotContain(tenant.id());
  }

  @Test
  void theTemporalSdkReportsWorkerSlotsAndLatenciesOnTheWorkersAndRequestsOnTheApi() {
    Tenant tenant = TestStack.newTenant();
    tenant.createRatedShipment(Unique.key("temporal-metrics"));

    Scrape workers =
        Eventually.await(
            "the workers' Temporal metrics",
            REPORTED_WITHIN,
            Scrape::workers,
            scrape -> scrape.names().containsAll(SDK_WORKER_METRICS));
    Scrape api =
        Eventually.await(
            "the API's Temporal metrics",
            REPORTED_WITHIN,
            Scrape::api,
            scrape -> scrape.sum("temporal_request_total", STARTS) > 0);

    workers.keep("workers-temporal.prom");
    assertThat(workers.samples("temporal_worker_task_slots_available"))
        .extracting(s -> s.labels().get("worker_type"))
        .contains("WorkflowWorker", "ActivityWorker");
    assertThat(
            workers.samples("temporal_activity_schedule_to_start_latency_seconds_bucket").stream()
                .map(s -> s.labels().get("le"))
                .distinct())
        .as("12 fixed buckets and +Inf, not the SDK's percentile histogram")
        .hasSize(13);
    assertThat(workers.names()).doesNotContain("temporal_request_latency_seconds_bucket");
  }

  private static Map<Series, Double> expectedDeltas(BusinessFacts.Made made) {
    Map<Series, Double> expected = new LinkedHashMap<>();
    Series sandbox = new Series("parceliq_labels_purchased_total", "carrier", "sandbox");
    expected.put(sandbox.with("service", made.service()), 1.0);
    expected.put(new Series("parceliq_labels_voided_total", "carrier", "sandbox"), 1.0);
    Series quotes = new Series("parceliq_quote_lookups_total", "carrier", "sandbox");
    expected.put(quotes.with("result", "miss"), 1.0);
    expected.put(quotes.with("result", "hit"), 1.0);
    Series calls = new Series("parceliq_carrier_calls_total", "carrier", "sandbox");
    expected.put(calls.with("operation", "rate").with("outcome", "ok"), 1.0);
    expected.put(calls.with("operation", "purchase").with("outcome", "ok"), 1.0);
    expected.put(calls.with("operation", "purchase").with("outcome", "unavailable"), 1.0);
    expected.put(calls.with("operation", "void").with("outcome", "ok"), 1.0);
    Series classified = new Series("parceliq_reconciliation_labels_total", "carrier", "sandbox");
    expected.put(classified.with("classification", "matched"), 1.0);
    expected.put(classified.with("classification", "unknown_tracking_code"), 1.0);
    expected.put(
        new Series("parceliq_webhook_deliveries_total", "kind", "replay")
            .with("outcome", "delivered"),
        1.0);
    expected.put(new Series("parceliq_webhook_delivery_lag_seconds_count", "kind", "replay"), 1.0);
    return expected;
  }

  private static void assertNoTenantOrShipmentIn(Scrape scrape, BusinessFacts.Made made) {
    assertThat(scrape.text())
        .doesNotContain(made.tenant().id())
        .doesNotContain(made.shipmentId())
        .doesNotContain(made.trackingCode())
        .doesNotContain(made.eventId());
  }
}
