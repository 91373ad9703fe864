package com.parceliq.temporal.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.temporal.ParcelIqDataConverter;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporalConnectionsTest {

  @Test
  void localDevServerIsPlainGrpcWithTheConfiguredDeadline() {
    TemporalSettings settings =
        new TemporalSettings(
            "127.0.0.1:7233",
            "parceliq",
            Duration.ofSeconds(4),
            Duration.ofSeconds(5),
            Optional.empty(),
            false,
            Optional.empty(),
            Optional.empty());

    WorkflowServiceStubsOptions options = TemporalConnections.stubsOptions(settings);

    assertThat(options.getTarget()).isEqualTo("127.0.0.1:7233");
    assertThat(options.getRpcTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(options.getRpcQueryTimeout()).isEqualTo(Duration.ofSeconds(4));
    assertThat(options.getRpcRetryOptions().getExpiration()).isEqualTo(Duration.ofSeconds(5));
    assertThat(options.getEnableHttps()).isFalse();
    assertThat(TemporalConnections.clientOptions(settings).getNamespace()).isEqualTo("parceliq");
    assertThat(TemporalConnections.clientOptions(settings).getDataConverter())
        .isSameAs(ParcelIqDataConverter.instance());
  }

  @Test
  void temporalCloudApiKeyUsesTlsAndAuthorizes() {
    TemporalSettings settings =
        new TemporalSettings(
            "us-east-1.aws.api.temporal.io:7233",
            "parceliq.a1b2c",
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            Optional.of("cloud-api-key"),
            false,
            Optional.empty(),
            Optional.empty());

    WorkflowServiceStubsOptions options = TemporalConnections.stubsOptions(settings);

    assertThat(options.getEnableHttps()).isTrue();
    assertThat(options.getGrpcMetadataProviders()).isNotEmpty();
    assertThat(options.getHeaders().keys()).contains("temporal-namespace");
  }

  @Test
  void missingClientCertificateFilesAreReportedByPath() {
    TemporalSettings settings =
        new TemporalSettings(
            "temporal.example.com:7233",
            "parceliq",
            Duration.ofSeconds(10),
            Duration.ofSeconds(5),
            Optional.empty(),
            true,
            Optional.of(Path.of("/nonexistent/client.pem")),
            Optional.of(Path.of("/nonexistent/client.key")));

    assertThatThrownBy(() -> TemporalConnections.stubsOptions(settings))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("/nonexistent/client.pem");
  }
}
