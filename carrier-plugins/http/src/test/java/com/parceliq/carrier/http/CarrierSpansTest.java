package com.parceliq.carrier.http;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A carrier call under an activity's span, with the SDK the application registers globally. */
class CarrierSpansTest {

  private final InMemorySpanExporter spans = InMemorySpanExporter.create();
  private WireMockServer carrier;

  @BeforeEach
  void start() {
    GlobalOpenTelemetry.resetForTest();
    OpenTelemetrySdk.builder()
        .setTracerProvider(
            SdkTracerProvider.builder().addSpanProcessor(SimpleSpanProcessor.create(spans)).build())
        .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
        .buildAndRegisterGlobal();
    carrier = new WireMockServer(options().dynamicPort());
    carrier.start();
    carrier.stubFor(
        post(urlPathEqualTo("/labels")).willReturn(aResponse().withStatus(201).withBody("{}")));
  }

  @AfterEach
  void stop() {
    carrier.stop();
    GlobalOpenTelemetry.resetForTest();
  }

  @Test
  void aCallIsAClientSpanUnderTheCurrentSpanAndSendsItsTraceparent() {
    CarrierHttp http = new CarrierHttp("acme", Duration.ofSeconds(2), Duration.ofSeconds(5));
    Span activity = GlobalOpenTelemetry.getTracer("test").spanBuilder("RunActivity").startSpan();
    try (Scope ignored = activity.makeCurrent()) {
      http.send(
          HttpRequest.newBuilder(URI.create(carrier.baseUrl() + "/labels?account=secret"))
              .POST(HttpRequest.BodyPublishers.ofString("{}")));
    } finally {
      activity.end();
    }

    SpanData call =
        spans.getFinishedSpanItems().stream()
            .filter(span -> span.getKind() == SpanKind.CLIENT)
            .findFirst()
            .orElseThrow();
    assertThat(call.getName()).isEqualTo("POST");
    assertThat(call.getParentSpanId()).isEqualTo(activity.getSpanContext().getSpanId());
    assertThat(call.getAttributes().get(AttributeKey.stringKey("parceliq.carrier")))
        .isEqualTo("acme");
    assertThat(call.getAttributes().get(AttributeKey.longKey("http.response.status_code")))
        .isEqualTo(201L);
    assertThat(call.getAttributes().get(AttributeKey.stringKey("url.full")))
        .as("no query string: it may hold account numbers")
        .isEqualTo(carrier.baseUrl() + "/labels");
    carrier.verify(
        postRequestedFor(urlEqualTo("/labels?account=secret"))
            .withHeader(
                "traceparent",
                matching("00-" + call.getTraceId() + "-" + call.getSpanId() + "-01")));
  }
}
