package com.parceliq.it.chaos;

import java.io.PrintStream;
import java.util.List;

/** Prints the run's figures and every invariant with its violations; the last line is fixed. */
final class ChaosReport {

  private static final int PRINTED_PER_INVARIANT = 25;

  private final PrintStream out;

  ChaosReport(PrintStream out) {
    this.out = out;
  }

  void figures(String title, Counts counts) {
    out.printf("chaos: %s (%d): %s%n", title, counts.total(), counts.snapshot());
  }

  /** How much the checks looked at, so a clean verdict cannot come from empty inputs. */
  void checked(List<Snapshot> snapshots, int trackingCodes) {
    Counts statuses = new Counts();
    long events = 0;
    long deliveries = 0;
    long entries = 0;
    for (Snapshot snapshot : snapshots) {
      snapshot
          .shipments()
          .values()
          .forEach(shown -> statuses.add(shown.map(s -> s.path("status").asText()).orElse("LOST")));
      events += snapshot.events().size();
      deliveries += snapshot.tenant().receiver().received().size();
      entries += snapshot.ledger().size();
    }
    figures("shipments checked, by final status", statuses);
    out.printf(
        "chaos: checked %d events, %d webhook deliveries, %d ledger entries, %d carrier labels%n",
        events, deliveries, entries, trackingCodes);
  }

  /** One invariant: its name, OK or the number of violations, then the first ones. */
  void invariant(String name, String how, List<Violation> violations) {
    out.printf(
        "chaos: invariant %-10s %s  (%s)%n",
        name, violations.isEmpty() ? "OK" : violations.size() + " VIOLATIONS", how);
    violations.stream().limit(PRINTED_PER_INVARIANT).forEach(v -> out.println("  " + v));
    if (violations.size() > PRINTED_PER_INVARIANT) {
      out.printf("  ... and %d more%n", violations.size() - PRINTED_PER_INVARIANT);
    }
  }

  void last(long operations, long faults, long violations) {
    out.printf(
        "chaos: %d operations, %d faults injected, %d invariant violations%n",
        operations, faults, violations);
  }
}
