package com.parceliq.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CommandLineTest {

  @Test
  void defaultsArePort8090OnLoopbackWithoutWebhook() {
    SimulatorConfig config = CommandLine.parse(new String[0], Map.of());

    assertThat(config.port()).isEqualTo(8090);
    assertThat(config.bindAddress()).isEqualTo("127.0.0.1");
    assertThat(config.webhookUrl()).isEmpty();
    assertThat(config.hang()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void argumentsWinOverEnvironment() {
    Map<String, String> env =
        Map.of("SIMULATOR_PORT", "9100", "SIMULATOR_WEBHOOK_URL", "http://127.0.0.1:1/env");

    SimulatorConfig config =
        CommandLine.parse(
            new String[] {"--port=9200", "--webhook-url", "http://127.0.0.1:1/arg"}, env);

    assertThat(config.port()).isEqualTo(9200);
    assertThat(config.webhookUrl()).contains(URI.create("http://127.0.0.1:1/arg"));
  }

  @Test
  void environmentWinsOverDefaults() {
    SimulatorConfig config = CommandLine.parse(new String[0], Map.of("SIMULATOR_PORT", "9100"));

    assertThat(config.port()).isEqualTo(9100);
  }

  @Test
  void helpIsNotAnError() {
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--help"}, Map.of()))
        .isInstanceOf(CommandLine.HelpRequested.class);
  }

  @Test
  void badOptionsAreRefusedWithTheirName() {
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--port", "x"}, Map.of()))
        .hasMessageContaining("--port");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--colour"}, Map.of()))
        .hasMessageContaining("--colour");
    assertThatThrownBy(() -> CommandLine.parse(new String[] {"--webhook-url=ftp://x"}, Map.of()))
        .hasMessageContaining("http");
  }
}
