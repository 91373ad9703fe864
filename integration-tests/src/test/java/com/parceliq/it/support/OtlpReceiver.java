package com.parceliq.it.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * An OTLP/HTTP trace receiver in the test: the test stack's api and workers export their spans to
 * it (PARCELIQ_OTLP_ENDPOINT, on PARCELIQ_TEST_OTLP_PORT, wired by dev-services/lib/testing.sh). It
 * decodes the protobuf requests and keeps every span with the service that sent it.
 */
public final class OtlpReceiver implements AutoCloseable {

  /** One received span; ids in lowercase hex as in a W3C traceparent. */
  public record ReceivedSpan(
      String service,
      String traceId,
      String spanId,
      String parentSpanId,
      String name,
      Map<String, String> attributes) {}

  private final ConcurrentLinkedQueue<ReceivedSpan> spans = new ConcurrentLinkedQueue<>();
  private final HttpServer server;

  private OtlpReceiver(HttpServer server) {
    this.server = server;
  }

  public static OtlpReceiver start() {
    int port = Integer.parseInt(System.getenv().getOrDefault("PARCELIQ_TEST_OTLP_PORT", "18318"));
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
      OtlpReceiver receiver = new OtlpReceiver(server);
      server.createContext("/", receiver::handle);
      server.start();
      return receiver;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot serve OTLP on port " + port, e);
    }
  }

  public List<ReceivedSpan> spansOfTrace(String traceId) {
    return spans.stream().filter(span -> span.traceId().equals(traceId)).toList();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange;
        InputStream body = exchange.getRequestBody()) {
      ExportTraceServiceRequest request = ExportTraceServiceRequest.parseFrom(body);
      for (ResourceSpans resource : request.getResourceSpansList()) {
        String service = serviceName(resource.getResource().getAttributesList());
        for (ScopeSpans scope : resource.getScopeSpansList()) {
          for (Span span : scope.getSpansList()) {
            spans.add(
                new ReceivedSpan(
                    service,
                    hex(span.getTraceId().toByteArray()),
                    hex(span.getSpanId().toByteArray()),
                    hex(span.getParentSpanId().toByteArray()),
                    span.getName(),
                    strings(span.getAttributesList())));
          }
        }
      }
      byte[] answer = ExportTraceServiceResponse.getDefaultInstance().toByteArray();
      exchange.getResponseHeaders().set("Content-Type", "application/x-protobuf");
      exchange.sendResponseHeaders(200, answer.length == 0 ? -1 : answer.length);
      exchange.getResponseBody().write(answer);
    }
  }

  private static String serviceName(List<KeyValue> attributes) {
    return attributes.stream()
        .filter(attribute -> attribute.getKey().equals("service.name"))
        .map(attribute -> attribute.getValue().getStringValue())
        .findFirst()
        .orElse("");
  }

  private static Map<String, String> strings(List<KeyValue> attributes) {
    Map<String, String> values = new HashMap<>();
    attributes.forEach(a -> values.put(a.getKey(), a.getValue().getStringValue()));
    return values;
  }

  private static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
