package com.parceliq.carrier.http;

import io.opentelemetry.api.GlobalOpenTelemetry;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.context.Context;
import java.net.URI;
import java.net.http.HttpRequest;

/**
 * One client span per carrier HTTP call, child of the current span (the activity's, which Temporal
 * continues from the API request), and its W3C traceparent on the request so a carrier that traces
 * joins the trace. The application's OpenTelemetry is the global one (Quarkus registers it); it is
 * looked up per call, never cached at construction, so a plugin built before the SDK still traces.
 * Only scheme, host and path go into the span: query strings may hold account numbers.
 */
final class CarrierSpans {

  private static final String SCOPE = "com.parceliq.carrier.http";

  private CarrierSpans() {}

  static Span start(String carrier, HttpRequest.Builder request) {
    OpenTelemetry otel = GlobalOpenTelemetry.get();
    Span span =
        otel.getTracer(SCOPE)
            .spanBuilder("carrier " + carrier)
            .setSpanKind(SpanKind.CLIENT)
            .setAttribute("parceliq.carrier", carrier)
            .startSpan();
    otel.getPropagators()
        .getTextMapPropagator()
        .inject(Context.current().with(span), request, HttpRequest.Builder::setHeader);
    return span;
  }

  /** Names the span after the request once it is built (method and URL are known only then). */
  static void describe(Span span, HttpRequest request) {
    URI uri = request.uri();
    span.updateName(request.method());
    span.setAttribute("http.request.method", request.method());
    span.setAttribute("server.address", String.valueOf(uri.getHost()));
    span.setAttribute("url.full", uri.getScheme() + "://" + uri.getAuthority() + uri.getPath());
  }

  static void answered(Span span, int status) {
    span.setAttribute("http.response.status_code", status);
    if (status >= 500) {
      span.setStatus(StatusCode.ERROR);
    }
  }

  static void failed(Span span, Exception e) {
    span.setAttribute("error.type", e.getClass().getName());
    span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
  }
}
