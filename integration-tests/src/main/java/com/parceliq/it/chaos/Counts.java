package com.parceliq.it.chaos;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/** Named counters (operations by kind, faults by kind, statuses), safe across client threads. */
public final class Counts {

  private final ConcurrentHashMap<String, LongAdder> counters = new ConcurrentHashMap<>();

  public void add(String name) {
    counters.computeIfAbsent(name, key -> new LongAdder()).increment();
  }

  public long get(String name) {
    LongAdder adder = counters.get(name);
    return adder == null ? 0 : adder.sum();
  }

  public long total() {
    return counters.values().stream().mapToLong(LongAdder::sum).sum();
  }

  /** A sorted snapshot, for the report. */
  public Map<String, Long> snapshot() {
    Map<String, Long> copy = new TreeMap<>();
    counters.forEach((name, adder) -> copy.put(name, adder.sum()));
    return copy;
  }

  @Override
  public String toString() {
    return snapshot().toString();
  }
}
