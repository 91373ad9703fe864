package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackConfigTest {

  @TempDir Path dataDir;

  private StackConfig.Defaults defaults() {
    return new StackConfig.Defaults(
        "http://127.0.0.1:18080",
        "http://127.0.0.1:18090",
        "127.0.0.1:17233",
        dataDir,
        Path.of("/repo/parceliq"));
  }

  @Test
  void environmentOverridesTheDefaults() {
    StackConfig config =
        StackConfig.fromEnvironment(
            Map.of(
                "PARCELIQ_API_URL", "http://localhost:9999/",
                "PARCELIQ_TEMPORAL_TARGET", "127.0.0.1:7233",
                "PARCELIQ_ADMIN_KEY", "piq_admin"),
            defaults());

    assertThat(config.apiUrl()).isEqualTo(URI.create("http://localhost:9999"));
    assertThat(config.simulatorUrl()).isEqualTo(URI.create("http://127.0.0.1:18090"));
    assertThat(config.temporalAddress()).isEqualTo("127.0.0.1:7233");
    assertThat(config.temporalNamespace()).isEqualTo("parceliq");
    assertThat(config.adminKey()).isEqualTo("piq_admin");
  }

  @Test
  void adminKeyIsReadFromTheDataDirectoryWhenNotInTheEnvironment() throws IOException {
    Files.writeString(dataDir.resolve("admin-key"), "piq_generated\n");

    StackConfig config = StackConfig.fromEnvironment(Map.of(), defaults());

    assertThat(config.adminKey()).isEqualTo("piq_generated");
  }

  @Test
  void missingAdminKeySaysWhereItWasLookedFor() {
    StackConfig config = StackConfig.fromEnvironment(Map.of(), defaults());

    assertThatThrownBy(config::adminKey)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("PARCELIQ_ADMIN_KEY")
        .hasMessageContaining(dataDir.resolve("admin-key").toString());
  }
}
