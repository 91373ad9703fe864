package com.parceliq.workflows.shipment;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The scans of a parcel, deduplicated and ordered by the carrier's timestamp (not by arrival:
 * pushes and polls race, and carriers resend). The tracking status is the newest scan's, so an
 * older scan arriving late is kept in the history but never moves the parcel back. Plain data,
 * replayed with the workflow.
 */
final class TrackingLog {

  private static final Comparator<TrackingScan> BY_CARRIER_TIME =
      Comparator.comparing(TrackingScan::occurredInstant);

  private final Set<TrackingScan> known = new LinkedHashSet<>();
  private List<TrackingScan> ordered = List.of();

  /** Adds the scans not known yet; true when at least one was new. */
  boolean add(List<TrackingScan> scans) {
    boolean changed = false;
    for (TrackingScan scan : scans) {
      if (scan != null && scan.status() != null && known.add(scan)) {
        changed = true;
      }
    }
    if (changed) {
      List<TrackingScan> sorted = new ArrayList<>(known);
      // Stable: scans with the same timestamp keep the order the carrier gave them.
      sorted.sort(BY_CARRIER_TIME);
      ordered = List.copyOf(sorted);
    }
    return changed;
  }

  /** Oldest first. */
  List<TrackingScan> scans() {
    return ordered;
  }

  Optional<TrackingScan> newest() {
    return ordered.isEmpty() ? Optional.empty() : Optional.of(ordered.getLast());
  }
}
