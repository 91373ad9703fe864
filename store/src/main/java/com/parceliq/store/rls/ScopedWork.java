package com.parceliq.store.rls;

import java.util.function.Supplier;

/**
 * Runs a piece of work under an explicit row scope on the current thread: every connection the pool
 * hands out inside it is scoped so ({@link ScopedConnections}). The scope must be in place before
 * the work acquires its connection; a transaction already holding one keeps that connection's
 * scope.
 */
public final class ScopedWork {

  private static final ThreadLocal<RowScope> CURRENT = new ThreadLocal<>();

  private ScopedWork() {}

  public static void run(RowScope scope, Runnable work) {
    call(
        scope,
        () -> {
          work.run();
          return null;
        });
  }

  public static <T> T call(RowScope scope, Supplier<T> work) {
    RowScope outer = CURRENT.get();
    CURRENT.set(scope);
    try {
      return work.get();
    } finally {
      if (outer == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(outer);
      }
    }
  }

  /** The scope set by an enclosing {@link #run}/{@link #call} on this thread, or null. */
  public static RowScope current() {
    return CURRENT.get();
  }
}
