package com.parceliq.it.support;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Where the running ParcelIQ stack is, read from the environment the launcher exports. Tests and
 * the benchmark never start anything themselves: they talk to a stack over loopback like a client
 * would.
 *
 * @param apiUrl base URL of the ParcelIQ API (PARCELIQ_API_URL)
 * @param simulatorUrl base URL of the sandbox carrier simulator (PARCELIQ_SIMULATOR_URL)
 * @param temporalAddress host:port of the Temporal frontend (PARCELIQ_TEMPORAL_TARGET)
 * @param temporalNamespace the Temporal namespace (PARCELIQ_TEMPORAL_NAMESPACE)
 * @param dataDir the stack's runtime directory (PARCELIQ_DATA_DIR): admin key file, logs, pids
 * @param launcher the {@code ./parceliq} launcher (PARCELIQ_LAUNCHER), to restart services
 * @param explicitAdminKey PARCELIQ_ADMIN_KEY, when set
 */
public record StackConfig(
    URI apiUrl,
    URI simulatorUrl,
    String temporalAddress,
    String temporalNamespace,
    Path dataDir,
    Path launcher,
    Optional<String> explicitAdminKey) {

  /** Defaults of the isolated stack that {@code ./parceliq test} starts on shifted ports. */
  public static StackConfig forIntegrationTests() {
    Path root = RepositoryRoot.find();
    return fromEnvironment(
        System.getenv(),
        new Defaults(
            "http://127.0.0.1:18080",
            "http://127.0.0.1:18090",
            "127.0.0.1:17233",
            root.resolve(".data/test"),
            root.resolve("parceliq")));
  }

  /** Defaults of the developer stack that {@code ./parceliq up} starts. */
  public static StackConfig forDevelopmentStack() {
    Path root = RepositoryRoot.find();
    return fromEnvironment(
        System.getenv(),
        new Defaults(
            "http://127.0.0.1:8080",
            "http://127.0.0.1:8090",
            "127.0.0.1:7233",
            root.resolve(".data"),
            root.resolve("parceliq")));
  }

  static StackConfig fromEnvironment(Map<String, String> env, Defaults defaults) {
    return new StackConfig(
        URI.create(trimSlash(value(env, "PARCELIQ_API_URL", defaults.apiUrl()))),
        URI.create(trimSlash(value(env, "PARCELIQ_SIMULATOR_URL", defaults.simulatorUrl()))),
        value(env, "PARCELIQ_TEMPORAL_TARGET", defaults.temporalAddress()),
        value(env, "PARCELIQ_TEMPORAL_NAMESPACE", "parceliq"),
        Path.of(value(env, "PARCELIQ_DATA_DIR", defaults.dataDir().toString())).toAbsolutePath(),
        Path.of(value(env, "PARCELIQ_LAUNCHER", defaults.launcher().toString())).toAbsolutePath(),
        Optional.ofNullable(env.get("PARCELIQ_ADMIN_KEY")).filter(key -> !key.isBlank()));
  }

  /**
   * The platform admin key: PARCELIQ_ADMIN_KEY, else the key the launcher generated into {@code
   * <data dir>/admin-key}. Read on demand so a missing key fails the test that needs it with a
   * message saying where it was looked for.
   */
  public String adminKey() {
    if (explicitAdminKey.isPresent()) {
      return explicitAdminKey.get();
    }
    Path file = dataDir.resolve("admin-key");
    try {
      return Files.readString(file).strip();
    } catch (IOException e) {
      throw new IllegalStateException(
          "No platform admin key: set PARCELIQ_ADMIN_KEY or start the stack so that "
              + file
              + " exists",
          e);
    }
  }

  private static String value(Map<String, String> env, String name, String fallback) {
    String value = env.get(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static String trimSlash(String url) {
    return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
  }

  /** Values used when the environment does not name them. */
  record Defaults(
      String apiUrl, String simulatorUrl, String temporalAddress, Path dataDir, Path launcher) {}
}
