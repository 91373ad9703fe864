package com.parceliq.it.support;

/**
 * What an answer may be while a dependency is down or just back: anything but a 5xx other than 503
 * (the client's cue to retry), and every error in the contract's shape with a 503's Retry-After.
 */
public final class OutageVerdict {

  private OutageVerdict() {}

  /** Null when the answer is acceptable, else what is wrong with it. */
  public static String of(ApiResponse response) {
    if (response.status() >= 500 && response.status() != 503) {
      return "answered " + response.status() + ": " + response.text();
    }
    if (response.status() < 400) {
      return null;
    }
    try {
      ErrorAssertions.assertShape(response);
      return null;
    } catch (AssertionError wrongShape) {
      return wrongShape.getMessage().lines().findFirst().orElse("wrong error shape");
    }
  }

  /** Null when the answer is acceptable with every dependency up: no 5xx at all. */
  public static String recovered(ApiResponse response) {
    if (response.status() >= 500) {
      return "still answered " + response.status() + " after the recovery: " + response.text();
    }
    return of(response);
  }
}
