package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.BusinessFacts;
import com.parceliq.it.support.DashboardQueries;
import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.Scrape;
import com.parceliq.it.support.WebhookReceiver;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The dashboard cannot rot: every metric its queries name is exposed by the running api or workers
 * once each business fact happened. The one exception is a Temporal SDK counter of something that
 * did not happen here (a workflow failing): the SDK reports a counter only after its first
 * increment, so such a name must at least be one the SDK defines.
 */
class DashboardMetricsIT {

  private static final Duration REPORTED_WITHIN = Duration.ofSeconds(60);

  /**
   * Today: a workflow failing and a request to Temporal failing, which the test stack never sees.
   * Another one is a decision, not a slip.
   */
  private static final int ALLOWED_MISSING = 2;

  @Test
  void everyMetricTheDashboardQueriesIsExposedByARunningApp() {
    Set<String> referenced = DashboardQueries.metricNames();
    assertThat(referenced)
        .as("names read from %s", DashboardQueries.DASHBOARD)
        .contains("parceliq_labels_purchased_total", "temporal_worker_task_slots_available");
    try (WebhookReceiver receiver = WebhookReceiver.start(BusinessFacts.SECRET)) {
      BusinessFacts.make(receiver);
    }

    // The SDK reports every 10 s: wait for the missing names to come down to the allowed ones.
    Set<String> missing =
        Eventually.await(
            "the dashboard's metrics; missing",
            REPORTED_WITHIN,
            () -> missing(referenced, exposed()),
            names -> names.size() <= ALLOWED_MISSING && names.stream().allMatch(this::sdkCounter));
    assertThat(missing)
        .as("not exposed; each must be a Temporal SDK counter of an event that did not happen")
        .allSatisfy(name -> assertThat(sdkCounter(name)).as(name).isTrue())
        .hasSizeLessThanOrEqualTo(ALLOWED_MISSING);
  }

  private static Set<String> exposed() {
    Set<String> names = new HashSet<>(Scrape.api().names());
    names.addAll(Scrape.workers().names());
    return names;
  }

  private static Set<String> missing(Set<String> referenced, Set<String> exposed) {
    Set<String> missing = new TreeSet<>(referenced);
    missing.removeAll(exposed);
    return missing;
  }

  /** A counter ({@code _total}) whose name the Temporal SDK defines. */
  private boolean sdkCounter(String name) {
    return name.endsWith("_total")
        && sdkMetricNames().contains(name.substring(0, name.length() - "_total".length()));
  }

  private static Set<String> sdkMetricNames() {
    Set<String> names = new HashSet<>();
    Stream.of(io.temporal.worker.MetricsType.class, io.temporal.serviceclient.MetricsType.class)
        .flatMap(type -> Arrays.stream(type.getDeclaredFields()))
        .filter(field -> Modifier.isStatic(field.getModifiers()))
        .filter(field -> field.getType() == String.class)
        .forEach(field -> names.add(value(field)));
    return names;
  }

  private static String value(Field field) {
    try {
      return (String) field.get(null);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    }
  }
}
