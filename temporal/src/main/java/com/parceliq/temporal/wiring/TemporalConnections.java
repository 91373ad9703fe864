package com.parceliq.temporal.wiring;

import com.parceliq.temporal.ParcelIqDataConverter;
import com.parceliq.temporal.observability.CorrelationClientInterceptor;
import com.parceliq.temporal.observability.CorrelationPropagator;
import com.uber.m3.tally.Scope;
import io.grpc.Metadata;
import io.temporal.client.WorkflowClientOptions;
import io.temporal.common.interceptors.WorkflowClientInterceptor;
import io.temporal.serviceclient.RpcRetryOptions;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@link TemporalSettings} into SDK options. Plain static code so that CDI producers, the
 * workers' composition root and integration tests connect the same way.
 */
public final class TemporalConnections {

  /** Temporal Cloud routes API-key calls by this header. */
  private static final Metadata.Key<String> NAMESPACE_HEADER =
      Metadata.Key.of("temporal-namespace", Metadata.ASCII_STRING_MARSHALLER);

  private TemporalConnections() {}

  /**
   * Options of the gRPC stubs. The RPC deadline bounds ordinary calls (start, signal, query) so a
   * hung frontend turns into a fast, retryable error instead of a stuck request thread; long polls
   * (update results, workflow results) keep the SDK's own longer deadline.
   */
  public static WorkflowServiceStubsOptions stubsOptions(TemporalSettings settings) {
    WorkflowServiceStubsOptions.Builder options =
        WorkflowServiceStubsOptions.newBuilder()
            .setTarget(settings.target())
            .setRpcTimeout(settings.rpcTimeout())
            .setRpcQueryTimeout(settings.rpcTimeout())
            .setRpcRetryOptions(
                RpcRetryOptions.newBuilder().setExpiration(settings.rpcRetryExpiration()).build())
            .setEnableHttps(settings.tls());
    settings
        .apiKey()
        .ifPresent(
            apiKey -> {
              Metadata headers = new Metadata();
              headers.put(NAMESPACE_HEADER, settings.namespace());
              options.addApiKey(() -> apiKey).setHeaders(headers);
            });
    if (settings.clientCert().isPresent() || settings.serverCa().isPresent()) {
      options.setSslContext(TemporalTls.sslContext(settings));
    }
    settings
        .serverName()
        .ifPresent(
            name -> options.setChannelInitializer(channel -> channel.overrideAuthority(name)));
    return options.build();
  }

  /**
   * The same options, with the SDK's metrics reported to {@code metrics} (see {@link
   * TemporalMetrics}); workers built on these stubs report into it too.
   */
  public static WorkflowServiceStubsOptions stubsOptions(TemporalSettings settings, Scope metrics) {
    return WorkflowServiceStubsOptions.newBuilder(stubsOptions(settings))
        .setMetricsScope(metrics)
        .build();
  }

  /**
   * Options of the client (and of the workers built on it): one namespace, the payload format of
   * {@link ParcelIqDataConverter}, and the request's correlation ids carried into workflows,
   * signals, updates and activities ({@link CorrelationPropagator}); {@code interceptors} come
   * first (tracing, so its span is current when the ids are written).
   */
  public static WorkflowClientOptions clientOptions(
      TemporalSettings settings, WorkflowClientInterceptor... interceptors) {
    List<WorkflowClientInterceptor> chain = new ArrayList<>(List.of(interceptors));
    chain.add(new CorrelationClientInterceptor());
    return WorkflowClientOptions.newBuilder()
        .setNamespace(settings.namespace())
        .setDataConverter(ParcelIqDataConverter.instance())
        .setContextPropagators(List.of(new CorrelationPropagator()))
        .setInterceptors(chain.toArray(WorkflowClientInterceptor[]::new))
        .build();
  }
}
