package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** The log files of every service of the test stack (PARCELIQ_DATA_DIR/<service>/*.log). */
public final class ServiceLogs {

  private ServiceLogs() {}

  /** Fails naming the secret and the log when any log line of any service contains a secret. */
  public static void assertNoneContains(Map<String, String> secretsByName) {
    List<Path> logs = files();
    assertThat(logs).as("service logs under %s", TestStack.config().dataDir()).isNotEmpty();
    for (Path log : logs) {
      String text = read(log);
      secretsByName.forEach(
          (name, secret) -> assertThat(text).as("%s in log %s", name, log).doesNotContain(secret));
    }
  }

  private static List<Path> files() {
    try (Stream<Path> files = Files.walk(TestStack.config().dataDir())) {
      return files.filter(file -> file.getFileName().toString().contains(".log")).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path log) {
    try {
      return Files.readString(log, StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
