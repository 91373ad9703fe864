package com.parceliq.workflows;

import io.temporal.client.WorkflowClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Recorded workflow histories under {@code src/test/resources/histories/}: replay tests feed them
 * to the current code, so a change that would break running workflows fails the build. Recording
 * tests only run with {@code -Dparceliq.record-histories=true} (see the README next to the files).
 */
public final class RecordedHistories {

  /** The system property that turns the recording tests on. */
  public static final String RECORD_PROPERTY = "parceliq.record-histories";

  private static final Path SOURCE_FOLDER = Path.of("src", "test", "resources", "histories");

  private RecordedHistories() {}

  /** The classpath resource of a recorded history, for {@code WorkflowReplayer}. */
  public static String resource(String name) {
    return "histories/" + name + ".json";
  }

  /** Writes the history of {@code workflowId} into the source tree as {@code name.json}. */
  public static Path record(WorkflowClient client, String workflowId, String name) {
    String json = client.fetchHistory(workflowId).toJson(true);
    Path file = SOURCE_FOLDER.resolve(name + ".json");
    try {
      Files.createDirectories(SOURCE_FOLDER);
      Files.writeString(file, json + System.lineSeparator(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file.toAbsolutePath(), e);
    }
    return file;
  }
}
