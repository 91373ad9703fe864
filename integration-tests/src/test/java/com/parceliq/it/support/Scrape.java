package com.parceliq.it.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One scrape of an application's {@code /q/metrics} (Prometheus text format), read back as samples:
 * a name, its labels and a value.
 */
public final class Scrape {

  private static final Pattern SAMPLE =
      Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)(?: \\d+)?$");
  private static final Pattern LABEL =
      Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

  /** One sample line. */
  public record Sample(String name, Map<String, String> labels, double value) {}

  private final String text;
  private final List<Sample> samples;

  private Scrape(String text, List<Sample> samples) {
    this.text = text;
    this.samples = samples;
  }

  /** The API's metrics. */
  public static Scrape api() {
    return of("api", TestStack.api());
  }

  /** The workers' metrics. */
  public static Scrape workers() {
    return of("workers", TestStack.workers());
  }

  static Scrape of(String app, ApiClient client) {
    ApiResponse scraped = client.get("/q/metrics").header("Accept", "text/plain").send();
    if (scraped.status() != 200) {
      throw new AssertionError("GET /q/metrics of the " + app + " answered " + scraped);
    }
    String text = scraped.text();
    List<Sample> samples = new ArrayList<>();
    for (String line : text.split("\n")) {
      Matcher sample = SAMPLE.matcher(line);
      if (line.startsWith("#") || !sample.matches()) {
        continue;
      }
      Map<String, String> labels = new LinkedHashMap<>();
      if (sample.group(2) != null) {
        Matcher label = LABEL.matcher(sample.group(2));
        while (label.find()) {
          labels.put(label.group(1), label.group(2));
        }
      }
      samples.add(new Sample(sample.group(1), labels, Double.parseDouble(sample.group(3))));
    }
    return new Scrape(text, samples);
  }

  /** The sum of the samples named {@code name} whose labels include {@code labels}. */
  public double sum(String name, Map<String, String> labels) {
    return samples.stream()
        .filter(s -> s.name().equals(name))
        .filter(s -> s.labels().entrySet().containsAll(labels.entrySet()))
        .mapToDouble(Sample::value)
        .sum();
  }

  public List<Sample> samples(String name) {
    return samples.stream().filter(s -> s.name().equals(name)).toList();
  }

  /** Every sample name exposed. */
  public Set<String> names() {
    Set<String> names = new TreeSet<>();
    samples.forEach(s -> names.add(s.name()));
    return names;
  }

  public String text() {
    return text;
  }

  /** Keeps the scrape as a test artifact, for a reader of a failure. */
  public void keep(String fileName) {
    try {
      Path dir = RepositoryRoot.find().resolve("integration-tests/target/metrics");
      Files.createDirectories(dir);
      Files.writeString(dir.resolve(fileName), text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
