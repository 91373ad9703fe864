package com.parceliq.temporal.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.grpc.ManagedChannel;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.temporal.serviceclient.WorkflowServiceStubsOptions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A self-hosted cluster with mTLS and a private CA, as configured through the documented keys. */
class TemporalTlsTest {

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(TemporalTlsTest.class.getResource("/tls/" + name).toURI());
  }

  private static TemporalSettings read(Map<String, String> values) {
    return TemporalSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  private static Map<String, String> mutualTls() throws URISyntaxException {
    Map<String, String> values = new HashMap<>();
    values.put(TemporalSettings.TARGET, "temporal-frontend.temporal.svc:7233");
    values.put(TemporalSettings.TLS_CLIENT_CERT, fixture("test-client.pem").toString());
    values.put(TemporalSettings.TLS_CLIENT_KEY, fixture("test-client.key").toString());
    return values;
  }

  @Test
  void mutualTlsWithAPrivateCaAndServerNameBuildsAClientTlsContext() throws Exception {
    Map<String, String> values = mutualTls();
    values.put(TemporalSettings.TLS_SERVER_CA, fixture("test-ca.pem").toString());
    values.put(TemporalSettings.TLS_SERVER_NAME, "frontend.temporal.internal");

    WorkflowServiceStubsOptions options = TemporalConnections.stubsOptions(read(values));

    assertThat(options.getEnableHttps()).isTrue();
    assertThat(options.getSslContext()).isNotNull();
    assertThat(options.getSslContext().isClient()).isTrue();
    NettyChannelBuilder channel = NettyChannelBuilder.forTarget(options.getTarget());
    options.getChannelInitializer().accept(channel);
    ManagedChannel built = channel.build();
    try {
      assertThat(built.authority()).isEqualTo("frontend.temporal.internal");
    } finally {
      built.shutdownNow();
    }
  }

  @Test
  void aServerCaAloneTurnsOnTlsWithoutAClientCertificate() throws Exception {
    TemporalSettings settings =
        read(Map.of(TemporalSettings.TLS_SERVER_CA, fixture("test-ca.pem").toString()));

    WorkflowServiceStubsOptions options = TemporalConnections.stubsOptions(settings);

    assertThat(settings.tls()).isTrue();
    assertThat(options.getEnableHttps()).isTrue();
    assertThat(options.getSslContext()).isNotNull();
  }

  @Test
  void aKeyWithoutItsCertificateFailsNamingBothKeys() {
    assertThatThrownBy(
            () -> read(Map.of(TemporalSettings.TLS_CLIENT_KEY, "/etc/temporal-tls/tls.key")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TemporalSettings.TLS_CLIENT_CERT)
        .hasMessageContaining("only " + TemporalSettings.TLS_CLIENT_KEY + " is set");
  }

  @Test
  void aCertificateInPlaceOfTheKeyIsReportedWithItsConfigurationKey() throws Exception {
    Map<String, String> values = mutualTls();
    values.put(TemporalSettings.TLS_CLIENT_KEY, fixture("test-client.pem").toString());

    assertThatThrownBy(() -> TemporalConnections.stubsOptions(read(values)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TemporalSettings.TLS_CLIENT_KEY);
  }

  @Test
  void theStartupCheckRefusesAnUnreadableCertificate() {
    TemporalSettings settings =
        read(
            Map.of(
                TemporalSettings.TLS_CLIENT_CERT, "/nonexistent/tls.crt",
                TemporalSettings.TLS_CLIENT_KEY, "/nonexistent/tls.key"));

    assertThatThrownBy(() -> new TemporalConnectionCheck().atStart(new Object(), settings))
        .hasMessageContaining("/nonexistent/tls.crt")
        .hasMessageContaining(TemporalSettings.TLS_CLIENT_CERT);
  }
}
