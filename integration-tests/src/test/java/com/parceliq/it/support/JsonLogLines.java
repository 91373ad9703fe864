package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The JSON log lines of one service of the test stack (PARCELIQ_DATA_DIR/<service>/<service>.log),
 * which runs with JSON console logs as in production. Lines that are not JSON (the JVM's own
 * warnings before logging starts) are skipped.
 */
public final class JsonLogLines {

  private JsonLogLines() {}

  public static List<JsonNode> of(String service) {
    Path log = TestStack.config().dataDir().resolve(service).resolve(service + ".log");
    try {
      return Files.readAllLines(log, StandardCharsets.UTF_8).stream()
          .filter(line -> line.startsWith("{"))
          .map(Json::parse)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The lines whose MDC has {@code key} = {@code value}. */
  public static List<JsonNode> withMdc(String service, String key, String value) {
    return of(service).stream()
        .filter(line -> value.equals(line.path("mdc").path(key).asText(null)))
        .toList();
  }
}
