package com.parceliq.it.bench.bare;

/** Returns its input at once. */
public final class NoopActivityImpl implements NoopActivity {

  @Override
  public String noop(String key) {
    return key;
  }
}
