package com.parceliq.temporal.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.temporal.api.common.v1.Payload;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class CorrelationPropagatorTest {

  private final CorrelationPropagator propagator = new CorrelationPropagator();

  @AfterEach
  void clearMdc() {
    MDC.clear();
  }

  @Test
  void theRequestIdsInTheMdcTravelThroughTheHeaderIntoAnotherThreadsMdc() {
    MDC.put("correlation_id", "order-42");
    MDC.put("request_id", "req_1");
    MDC.put("tenant_id", "ten_1");
    MDC.put("principal_id", "key_1");
    MDC.put("route", "POST /v1/shipments");

    Map<String, Payload> header = propagator.serializeContext(propagator.getCurrentContext());
    MDC.clear();
    propagator.setCurrentContext(propagator.deserializeContext(header));

    assertThat(header).containsOnlyKeys(CorrelationKeys.PROPAGATED);
    assertThat(MDC.getCopyOfContextMap())
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "correlation_id", "order-42",
                "request_id", "req_1",
                "tenant_id", "ten_1",
                "principal_id", "key_1"));
  }

  @Test
  void aKeyTheContextLacksIsRemovedSoAPooledThreadKeepsNoIdsOfItsPreviousTask() {
    MDC.put("correlation_id", "previous-task");
    MDC.put("tenant_id", "ten_previous");

    propagator.setCurrentContext(
        propagator.deserializeContext(
            propagator.serializeContext(Map.of("correlation_id", "this-task"))));

    assertThat(MDC.get("correlation_id")).isEqualTo("this-task");
    assertThat(MDC.get("tenant_id")).isNull();
  }

  @Test
  void blankMdcValuesAreNotPropagated() {
    MDC.put("correlation_id", " ");

    assertThat(propagator.serializeContext(propagator.getCurrentContext())).isEmpty();
  }
}
