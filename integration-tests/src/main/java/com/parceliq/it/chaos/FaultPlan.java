package com.parceliq.it.chaos;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

/**
 * When each fault strikes: drawn up front from the seed, at random moments between 5% and 90% of
 * the run's window, so a run can be replayed and the report can say what was planned. Worker kills
 * are the flag's count; every other kind strikes once per started four minutes of window (twice for
 * the cheap ones: simulator outages and receiver downtime).
 */
public record FaultPlan(List<Strike> strikes) {

  /** The kinds of fault, named as the report prints them. */
  public enum Kind {
    WORKER_KILL("worker SIGKILL + restart"),
    TEMPORAL_RESTART("Temporal dev server kill + restart"),
    POSTGRES_RESTART("PostgreSQL clean stop + start"),
    SIMULATOR_OUTAGE("carrier simulator outage"),
    RECEIVER_DOWN("webhook receivers down");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One fault at {@code at} after the workload started. */
  public record Strike(Duration at, Kind kind) {}

  public static FaultPlan draw(Duration window, int workerKills, Random random) {
    long windowMillis = window.toMillis();
    int rounds = (int) Math.max(1, (window.toMinutes() + 3) / 4);
    List<Strike> strikes = new ArrayList<>();
    addStrikes(strikes, Kind.WORKER_KILL, workerKills, windowMillis, random);
    addStrikes(strikes, Kind.TEMPORAL_RESTART, rounds, windowMillis, random);
    addStrikes(strikes, Kind.POSTGRES_RESTART, rounds, windowMillis, random);
    addStrikes(strikes, Kind.SIMULATOR_OUTAGE, 2 * rounds, windowMillis, random);
    addStrikes(strikes, Kind.RECEIVER_DOWN, 2 * rounds, windowMillis, random);
    strikes.sort(Comparator.comparing(Strike::at));
    return new FaultPlan(List.copyOf(strikes));
  }

  private static void addStrikes(
      List<Strike> strikes, Kind kind, int count, long windowMillis, Random random) {
    for (int i = 0; i < count; i++) {
      long at = (long) (windowMillis * (0.05 + 0.85 * random.nextDouble()));
      strikes.add(new Strike(Duration.ofMillis(at), kind));
    }
  }
}
