package com.parceliq.architecture.deploy;

import java.nio.file.Files;
import java.nio.file.Path;

/** The checkout the tests run in: Maven runs them from the module directory, one level down. */
record Repository(Path root) {

  static Repository current() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("deploy/k8s"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException("no deploy/k8s above " + Path.of("").toAbsolutePath());
    }
    return new Repository(dir);
  }

  Path path(String relative) {
    return root.resolve(relative);
  }
}
