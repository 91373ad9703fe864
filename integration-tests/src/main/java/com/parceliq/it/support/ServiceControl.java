package com.parceliq.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Stops and starts services of the running stack through the launcher, the way an operator (or a
 * crashing machine) would: {@code PARCELIQ_DATA_DIR=<dir> ./parceliq kill workers}.
 */
public final class ServiceControl {

  private static final long COMMAND_TIMEOUT_SECONDS = 180;

  private final StackConfig config;

  public ServiceControl(StackConfig config) {
    this.config = config;
  }

  /** Kills the service with SIGKILL: no shutdown hook, no graceful drain of in-flight tasks. */
  public void kill(String service) {
    launcher("kill", service);
  }

  /**
   * Stops the service as an orchestrator would: SIGTERM (SIGINT for PostgreSQL), then SIGKILL only
   * if it is still running after the launcher's stop timeout. The apps drain on that signal.
   */
  public void stop(String service) {
    launcher("down", service);
  }

  /** Starts the service again and returns once the launcher reports it healthy. */
  public void restart(String service) {
    launcher("restart", service);
  }

  private void launcher(String command, String service) {
    if (!Files.isExecutable(config.launcher())) {
      throw new IllegalStateException(
          "Launcher not executable: " + config.launcher() + " (set PARCELIQ_LAUNCHER)");
    }
    List<String> commandLine = List.of(config.launcher().toString(), command, service);
    ProcessBuilder builder =
        new ProcessBuilder(commandLine)
            .directory(config.launcher().getParent().toFile())
            .redirectErrorStream(true);
    builder.environment().put("PARCELIQ_DATA_DIR", config.dataDir().toString());
    try {
      // A file, not a pipe: a chatty launcher must not block on a full pipe buffer.
      Path log = Files.createTempFile("parceliq-" + command + "-", ".log");
      builder.redirectOutput(log.toFile());
      Process process = builder.start();
      process.getOutputStream().close();
      if (!process.waitFor(COMMAND_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new IllegalStateException(commandLine + " did not finish in time");
      }
      String output = Files.readString(log, StandardCharsets.UTF_8);
      Files.deleteIfExists(log);
      if (process.exitValue() != 0) {
        throw new IllegalStateException(
            commandLine + " exited with " + process.exitValue() + ":\n" + output);
      }
    } catch (IOException e) {
      throw new IllegalStateException(commandLine + " could not run", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(commandLine + " interrupted", e);
    }
  }
}
