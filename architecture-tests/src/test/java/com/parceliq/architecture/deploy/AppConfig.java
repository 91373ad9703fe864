package com.parceliq.architecture.deploy;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What one app (api or workers) can be configured with: the keys of its application.properties
 * (profiles stripped), and every {@code parceliq.*} key the code reads, as a literal or as a
 * {@code @ConfigMapping} prefix with its methods. Quarkus' own keys count only when the app's
 * properties set them, so a manifest cannot rely on a Quarkus extension the app does not have.
 */
record AppConfig(String app, Properties properties, Set<String> envNames) {

  private static final Pattern LITERAL_KEY =
      Pattern.compile("\"(parceliq\\.[a-z0-9.-]*[a-z0-9])\"");
  private static final Pattern MAPPING_PREFIX =
      Pattern.compile("@ConfigMapping\\(prefix = \"([a-z0-9.-]+)\"\\)");
  private static final Pattern MAPPING_METHOD =
      Pattern.compile("(?m)^\\s+[\\w.<>?, ]+\\s+(\\w+)\\(\\);");

  static AppConfig of(Repository repository, String app) {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(
            repository.path(app + "/src/main/resources/application.properties"))) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> keys = new HashSet<>();
    properties.stringPropertyNames().forEach(key -> keys.add(key.replaceFirst("^%[\\w-]+\\.", "")));
    keys.addAll(keysInCode(repository));
    Set<String> envNames = new HashSet<>();
    keys.forEach(key -> envNames.add(envName(key)));
    return new AppConfig(app, properties, Set.copyOf(envNames));
  }

  /** MicroProfile Config's environment variable form of a key. */
  static String envName(String key) {
    return key.replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT);
  }

  boolean knows(String envName) {
    return envNames.contains(envName);
  }

  String property(String key) {
    String value = properties.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(app + " does not set " + key);
    }
    return value;
  }

  private static Set<String> keysInCode(Repository repository) {
    Set<String> keys = new HashSet<>();
    try (Stream<Path> files = mainSources(repository)) {
      for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        Matcher literal = LITERAL_KEY.matcher(source);
        while (literal.find()) {
          keys.add(literal.group(1));
        }
        Matcher prefix = MAPPING_PREFIX.matcher(source);
        if (prefix.find()) {
          Matcher method = MAPPING_METHOD.matcher(source);
          while (method.find()) {
            keys.add(prefix.group(1) + "." + kebab(method.group(1)));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return keys;
  }

  /** The production sources of every module (top level and carrier plugins). */
  private static Stream<Path> mainSources(Repository repository) throws IOException {
    Stream<Path> modules;
    try (Stream<Path> top = Files.list(repository.root());
        Stream<Path> plugins = Files.list(repository.path("carrier-plugins"))) {
      modules = Stream.concat(top.toList().stream(), plugins.toList().stream());
    }
    return modules
        .map(module -> module.resolve("src/main/java"))
        .filter(Files::isDirectory)
        .flatMap(
            sources -> {
              try {
                return Files.walk(sources);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
  }

  private static String kebab(String camel) {
    return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
  }
}
