package com.parceliq.it.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The metric names the Grafana dashboard's queries (panels and variables) refer to. */
public final class DashboardQueries {

  public static final Path DASHBOARD = Path.of("docs/grafana/parceliq-dashboard.json");

  /** Label names never start with these, metric names of the apps always do. */
  private static final Pattern METRIC =
      Pattern.compile("\\b(?:parceliq|temporal|http_server|jvm|process|system|agroal)_[a-z0-9_]+");

  private DashboardQueries() {}

  public static Set<String> metricNames() {
    try {
      JsonNode dashboard =
          new ObjectMapper().readTree(RepositoryRoot.find().resolve(DASHBOARD).toFile());
      Set<String> names = new TreeSet<>();
      dashboard.findValues("expr").forEach(expr -> collect(expr.asText(), names));
      dashboard.findValues("definition").forEach(query -> collect(query.asText(), names));
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(String query, Set<String> names) {
    Matcher metric = METRIC.matcher(query);
    while (metric.find()) {
      names.add(metric.group());
    }
  }
}
