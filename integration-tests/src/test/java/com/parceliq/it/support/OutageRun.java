package com.parceliq.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.OutageSweep.Answer;
import java.util.List;
import java.util.Objects;

/**
 * One dependency taken away while the API is swept, then given back and swept again: the fault is
 * always undone (finally), and the stack is ready again before the second sweep, so the ITs that
 * run afterwards find it healthy.
 */
public final class OutageRun {

  private OutageRun() {}

  /** What a fault does to the stack: start it, wait until the API feels it, and undo it. */
  public interface Fault {
    void inject();

    /** Returns once the fault has reached the API (e.g. readiness answers 503). */
    default void awaitFelt() {}

    void restore();
  }

  /**
   * Sweeps under the fault and, once {@code recovered} returns, after it; asserts both sweeps are
   * free of violations.
   */
  public static void sweepUnder(String name, Fault fault, OutageSweep sweep, Runnable recovered) {
    List<Answer> during;
    fault.inject();
    try {
      fault.awaitFelt();
      during = sweep.sweep(OutageVerdict::of);
    } finally {
      fault.restore();
    }
    recovered.run();
    List<Answer> after = sweep.sweep(OutageVerdict::recovered);
    print(name, during, after);
    assertThat(violations(during)).as("answers with %s that break the contract", name).isEmpty();
    assertThat(violations(after)).as("answers after %s ended", name).isEmpty();
  }

  public static void awaitBothAppsReady() {
    AppHealth.apps().forEach(app -> app.awaitReadiness(200));
  }

  private static List<Answer> violations(List<Answer> answers) {
    return answers.stream().filter(answer -> Objects.nonNull(answer.violation())).toList();
  }

  private static void print(String name, List<Answer> during, List<Answer> after) {
    StringBuilder table = new StringBuilder("\nEvery route with " + name + ", then after it:\n");
    for (int i = 0; i < during.size(); i++) {
      Answer down = during.get(i);
      Answer up = after.get(i);
      table.append(
          String.format(
              "%-7s %-48s %-4s %-4s %s%n",
              down.route().method(),
              down.route().template(),
              down.status(),
              up.status(),
              Objects.toString(down.violation(), "") + " " + Objects.toString(up.violation(), "")));
    }
    System.out.println(table);
  }
}
