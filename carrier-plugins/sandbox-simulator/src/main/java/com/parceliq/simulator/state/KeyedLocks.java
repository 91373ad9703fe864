package com.parceliq.simulator.state;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * One lock per idempotency key, so two concurrent calls with the same key run one after the other
 * while different keys never wait. {@link ReentrantLock} rather than {@code synchronized} so
 * virtual threads do not pin their carrier thread while holding it.
 */
final class KeyedLocks {

  private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

  <T, E extends Exception> T withLock(String key, CheckedSupplier<T, E> action) throws E {
    ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
    lock.lock();
    try {
      return action.get();
    } finally {
      lock.unlock();
    }
  }

  void clear() {
    locks.clear();
  }

  /** A supplier that may throw the caller's checked exception. */
  @FunctionalInterface
  interface CheckedSupplier<T, E extends Exception> {
    T get() throws E;
  }
}
