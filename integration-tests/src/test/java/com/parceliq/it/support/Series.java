package com.parceliq.it.support;

import java.util.LinkedHashMap;
import java.util.Map;

/** A metric and the labels its samples must carry; its value is the sum of those samples. */
public record Series(String name, Map<String, String> labels) {

  public Series(String name, String label, String value) {
    this(name, Map.of(label, value));
  }

  public Series with(String label, String value) {
    Map<String, String> more = new LinkedHashMap<>(labels);
    more.put(label, value);
    return new Series(name, Map.copyOf(more));
  }

  /** How much the series moved between two scrapes. */
  public double delta(Scrape before, Scrape after) {
    return after.sum(name, labels) - before.sum(name, labels);
  }

  public static Map<Series, Double> deltas(Scrape before, Scrape after, Iterable<Series> series) {
    Map<Series, Double> deltas = new LinkedHashMap<>();
    series.forEach(s -> deltas.put(s, s.delta(before, after)));
    return deltas;
  }
}
