package com.parceliq.api.error;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.stream.Stream;

/** A failure and its causes, outermost first; a cause chain that loops is followed once. */
final class CauseChain {

  private CauseChain() {}

  static Stream<Throwable> of(Throwable failure) {
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    return Stream.iterate(
        failure, current -> current != null && seen.add(current), Throwable::getCause);
  }
}
