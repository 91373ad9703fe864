package com.parceliq.it.support;

import com.parceliq.it.support.OutageRun.Fault;

/**
 * The single faults the outage sweep injects, each undone by the launcher the way an operator
 * would: a clean stop or a SIGKILL, then a restart.
 */
public final class StackFaults {

  private static final ServiceControl SERVICES = TestStack.services();

  private StackFaults() {}

  /**
   * A dependency whose absence makes the API unready (PostgreSQL, Temporal): the sweep starts once
   * the API's readiness says so, so every request meets the outage rather than its first seconds.
   */
  public static Fault unready(String service, boolean kill) {
    return fault(service, kill, true);
  }

  /** SIGKILL, as a crashing machine would (the workers). */
  public static Fault killed(String service) {
    return fault(service, true, false);
  }

  /** A clean stop, as an orchestrator would (S3). */
  public static Fault stopped(String service) {
    return fault(service, false, false);
  }

  /** Every carrier call answers 503 until restored; the simulator's control port stays up. */
  public static Fault carrierOutage() {
    return new Fault() {
      @Override
      public void inject() {
        // Longer than any sweep; restore() ends it.
        TestStack.simulator().outage(600);
      }

      @Override
      public void restore() {
        TestStack.simulator().outage(0);
      }
    };
  }

  private static Fault fault(String service, boolean kill, boolean apiFeelsIt) {
    return new Fault() {
      @Override
      public void inject() {
        if (kill) {
          SERVICES.kill(service);
        } else {
          SERVICES.stop(service);
        }
      }

      @Override
      public void awaitFelt() {
        if (apiFeelsIt) {
          AppHealth.apps().get(0).awaitReadiness(503);
        }
      }

      @Override
      public void restore() {
        SERVICES.restart(service);
      }
    };
  }
}
