package com.parceliq.temporal.observability;

import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.sdk.trace.SpanProcessor;
import io.opentelemetry.sdk.trace.export.BatchSpanProcessor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where the api and workers send their spans: OTLP over HTTP to {@code parceliq.otlp.endpoint}
 * (PARCELIQ_OTLP_ENDPOINT), batched every {@code parceliq.otlp.batch-delay}. Without an endpoint
 * spans are still made (trace ids reach the logs and the carriers' traceparent header) and dropped.
 * Quarkus' own OTLP exporter is off at build time because it cannot be told "none" at run time: an
 * empty endpoint falls back to localhost:4317 and logs an export error per batch.
 */
@ApplicationScoped
public class OtlpSpanExport {

  static final String ENDPOINT = "parceliq.otlp.endpoint";
  static final String BATCH_DELAY = "parceliq.otlp.batch-delay";

  @Produces
  @Singleton
  SpanProcessor otlpSpanProcessor(Config config) {
    Optional<String> endpoint =
        config.getOptionalValue(ENDPOINT, String.class).filter(value -> !value.isBlank());
    if (endpoint.isEmpty()) {
      return SpanProcessor.composite();
    }
    Duration delay =
        config.getOptionalValue(BATCH_DELAY, Duration.class).orElse(Duration.ofSeconds(5));
    OtlpHttpSpanExporter exporter =
        OtlpHttpSpanExporter.builder().setEndpoint(tracesUrl(endpoint.get())).build();
    return BatchSpanProcessor.builder(exporter).setScheduleDelay(delay).build();
  }

  /** The collector's base URL as OTLP configuration gives it; traces go to its /v1/traces. */
  static String tracesUrl(String endpoint) {
    String base = endpoint.endsWith("/") ? endpoint.substring(0, endpoint.length() - 1) : endpoint;
    return base.endsWith("/v1/traces") ? base : base + "/v1/traces";
  }

  /** Sends what is still batched before the application stops. */
  void close(@Disposes SpanProcessor processor) {
    processor.shutdown();
  }
}
