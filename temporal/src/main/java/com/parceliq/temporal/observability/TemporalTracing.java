package com.parceliq.temporal.observability;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.opentracingshim.OpenTracingShim;
import io.temporal.common.interceptors.WorkerInterceptor;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.opentracing.OpenTracingClientInterceptor;
import io.temporal.opentracing.OpenTracingOptions;
import io.temporal.opentracing.OpenTracingWorkerInterceptor;

/**
 * Spans through Temporal (docs/adr/0019): the SDK's OpenTracing interceptors, given the
 * application's OpenTelemetry through the OpenTracing shim, because Temporal Java SDK 1.38 has no
 * OpenTelemetry module of its own. The client side opens a span per workflow start, signal and
 * update as a child of the current (HTTP request) span and writes its context (W3C traceparent, the
 * application's propagators) into the Temporal header; the worker side continues it in the workflow
 * and in each activity, where it is the current OpenTelemetry span, so the carrier HTTP calls an
 * activity makes are its children.
 */
public final class TemporalTracing {

  private final OpenTracingOptions options;

  public TemporalTracing(OpenTelemetry openTelemetry) {
    this.options =
        OpenTracingOptions.newBuilder()
            .setTracer(OpenTracingShim.createTracerShim(openTelemetry))
            .build();
  }

  public WorkflowClientInterceptor clientInterceptor() {
    return new OpenTracingClientInterceptor(options);
  }

  /** Tracing first, so log lines of the MDC interceptor's callers already carry the span. */
  public WorkerInterceptor[] workerInterceptors() {
    return new WorkerInterceptor[] {
      new OpenTracingWorkerInterceptor(options), new WorkflowMdcInterceptor()
    };
  }
}
