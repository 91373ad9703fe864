package com.parceliq.temporal.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TemporalSettingsTest {

  private static TemporalSettings read(Map<String, String> values) {
    return TemporalSettings.from(key -> Optional.ofNullable(values.get(key)));
  }

  @Test
  void withoutConfigurationItTalksToTheLocalDevServer() {
    TemporalSettings settings = read(Map.of());

    assertThat(settings).isEqualTo(TemporalSettings.local());
    assertThat(settings.target()).isEqualTo("127.0.0.1:7233");
    assertThat(settings.namespace()).isEqualTo("parceliq");
    assertThat(settings.tls()).isFalse();
  }

  @Test
  void blankValuesFallBackToTheDefaults() {
    TemporalSettings settings =
        read(Map.of(TemporalSettings.TARGET, "  ", TemporalSettings.NAMESPACE, ""));

    assertThat(settings.target()).isEqualTo(TemporalSettings.DEFAULT_TARGET);
    assertThat(settings.namespace()).isEqualTo(TemporalSettings.DEFAULT_NAMESPACE);
  }

  @Test
  void rpcTimeoutAcceptsShortAndIsoForms() {
    assertThat(read(Map.of(TemporalSettings.RPC_TIMEOUT, "3s")).rpcTimeout())
        .isEqualTo(Duration.ofSeconds(3));
    assertThat(read(Map.of(TemporalSettings.RPC_TIMEOUT, "250ms")).rpcTimeout())
        .isEqualTo(Duration.ofMillis(250));
    assertThat(read(Map.of(TemporalSettings.RPC_TIMEOUT, "PT1M")).rpcTimeout())
        .isEqualTo(Duration.ofMinutes(1));
  }

  @Test
  void aMalformedRpcTimeoutNamesTheKey() {
    assertThatThrownBy(() -> read(Map.of(TemporalSettings.RPC_TIMEOUT, "soon")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TemporalSettings.RPC_TIMEOUT);
  }

  @Test
  void anApiKeyTurnsOnTlsAndIsNeverPrinted() {
    TemporalSettings settings =
        read(
            Map.of(
                TemporalSettings.TARGET, "us-east-1.aws.api.temporal.io:7233",
                TemporalSettings.NAMESPACE, "parceliq.a1b2c",
                TemporalSettings.API_KEY, "secret-key-value"));

    assertThat(settings.tls()).isTrue();
    assertThat(settings.apiKey()).contains("secret-key-value");
    assertThat(settings.toString()).doesNotContain("secret-key-value");
  }

  @Test
  void aClientCertificateNeedsItsKey() {
    assertThatThrownBy(() -> read(Map.of(TemporalSettings.TLS_CLIENT_CERT, "/etc/tls/client.pem")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(TemporalSettings.TLS_CLIENT_KEY);
  }

  @Test
  void aClientCertificateTurnsOnTls() {
    TemporalSettings settings =
        read(
            Map.of(
                TemporalSettings.TLS_CLIENT_CERT, "/etc/tls/client.pem",
                TemporalSettings.TLS_CLIENT_KEY, "/etc/tls/client.key"));

    assertThat(settings.tls()).isTrue();
    assertThat(settings.clientCert()).contains(Path.of("/etc/tls/client.pem"));
  }
}
