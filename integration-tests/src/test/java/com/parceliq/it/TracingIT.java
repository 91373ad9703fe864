package com.parceliq.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.Eventually;
import com.parceliq.it.support.OtlpReceiver;
import com.parceliq.it.support.OtlpReceiver.ReceivedSpan;
import com.parceliq.it.support.Tenant;
import com.parceliq.it.support.Tenant.RatedShipment;
import com.parceliq.it.support.TestStack;
import com.parceliq.it.support.Unique;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One trace from the API through Temporal into the activities and the carrier's HTTP call: the test
 * stack exports its spans to this test's OTLP receiver (docs/observability.md).
 */
class TracingIT {

  /** Ample for a 200 ms export batch; only keeps a broken exporter from hanging the test. */
  private static final Duration EXPORT_WAIT = Duration.ofSeconds(60);

  private static OtlpReceiver otlp;

  @BeforeAll
  static void receiveSpans() {
    otlp = OtlpReceiver.start();
  }

  @AfterAll
  static void stopReceiving() {
    otlp.close();
  }

  @Test
  void aLabelPurchaseIsOneTraceFromTheBuyRequestThroughItsActivitiesToTheCarrierCall() {
    Tenant tenant = TestStack.newTenant();
    tenant.deposit("100.00");
    RatedShipment rated = tenant.createRatedShipment(null);
    // The caller's own trace: the API continues it, so every span below must carry this id.
    String traceId = randomHex(16);
    String callerSpanId = randomHex(8);

    tenant
        .buyRequest(rated.shipmentId(), rated.cheapestRateId(), Unique.key("buy"))
        .header("traceparent", "00-" + traceId + "-" + callerSpanId + "-01")
        .send()
        .expect(200);

    // Each app exports a span when it ends: the request's last, after the carrier call's.
    List<ReceivedSpan> trace =
        Eventually.await(
            "the buy's trace from the API request to the carrier call",
            EXPORT_WAIT,
            () -> otlp.spansOfTrace(traceId),
            spans ->
                carrierCall(spans).isPresent()
                    && serverSpan(spans, callerSpanId).isPresent()
                    && spans.stream().anyMatch(span -> span.name().startsWith("HandleUpdate:")));
    assertThat(serverSpan(trace, callerSpanId).orElseThrow().name()).contains("/buy");
    assertThat(trace)
        .as("Temporal spans of the buy")
        .anySatisfy(span -> assertThat(span.name()).startsWith("UpdateWorkflow:"))
        .anySatisfy(span -> assertThat(span.name()).startsWith("HandleUpdate:"))
        .anySatisfy(span -> assertThat(span.name()).startsWith("RunActivity:"));
    ReceivedSpan carrier = carrierCall(trace).orElseThrow();
    ReceivedSpan parent = parentOf(carrier, trace);
    assertThat(parent.service()).isEqualTo("parceliq-workers");
    assertThat(parent.name()).as("the carrier call's parent").startsWith("RunActivity:");
  }

  /** The API's span of the request, a child of the caller's span. */
  private static Optional<ReceivedSpan> serverSpan(List<ReceivedSpan> spans, String callerSpanId) {
    return spans.stream()
        .filter(span -> span.service().equals("parceliq-api"))
        .filter(span -> span.parentSpanId().equals(callerSpanId))
        .findFirst();
  }

  private static Optional<ReceivedSpan> carrierCall(List<ReceivedSpan> spans) {
    return spans.stream()
        .filter(span -> "sandbox".equals(span.attributes().get("parceliq.carrier")))
        .filter(span -> span.name().equals("POST"))
        .findFirst();
  }

  private static ReceivedSpan parentOf(ReceivedSpan child, List<ReceivedSpan> trace) {
    return trace.stream()
        .filter(span -> span.spanId().equals(child.parentSpanId()))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no parent of " + child + " in " + trace));
  }

  private static String randomHex(int bytes) {
    byte[] id = new byte[bytes];
    new SecureRandom().nextBytes(id);
    return HexFormat.of().formatHex(id);
  }
}
