package com.parceliq.it.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The {@code temporal} CLI the launcher installed (PARCELIQ_TEMPORAL_CLI), run against the test
 * stack's server exactly as a runbook tells an operator to, so the runbook's commands are tested.
 */
public final class TemporalCli {

  private static final long TIMEOUT_SECONDS = 60;

  private final String binary;
  private final StackConfig config;

  public TemporalCli(StackConfig config) {
    String fromLauncher = System.getenv("PARCELIQ_TEMPORAL_CLI");
    if (fromLauncher == null || fromLauncher.isBlank()) {
      throw new IllegalStateException(
          "PARCELIQ_TEMPORAL_CLI is not set: run the integration tests with ./parceliq test");
    }
    this.binary = fromLauncher;
    this.config = config;
  }

  /** Runs {@code temporal <args> --address … --namespace …}; fails unless it exits 0. */
  public String run(String... args) {
    List<String> command = new ArrayList<>(List.of(binary));
    command.addAll(List.of(args));
    command.addAll(
        List.of("--address", config.temporalAddress(), "--namespace", config.temporalNamespace()));
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError(
            "temporal did not finish in " + TIMEOUT_SECONDS + " s: " + command);
      }
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.exitValue() != 0) {
        throw new AssertionError(command + " exited " + process.exitValue() + ":\n" + output);
      }
      return output;
    } catch (IOException e) {
      throw new AssertionError("could not run " + command, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted running " + command, e);
    }
  }
}
