package com.parceliq.it.support;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds the repository root from the working directory: Maven runs the ITs inside {@code
 * integration-tests/}, the launcher runs the benchmark from the root.
 */
final class RepositoryRoot {

  private RepositoryRoot() {}

  static Path find() {
    Path start = Path.of("").toAbsolutePath();
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve("mvnw"))
          && Files.isDirectory(dir.resolve("integration-tests"))) {
        return dir;
      }
    }
    return start;
  }
}
