package com.parceliq.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResultTableTest {

  @Test
  void aRowComparesParcelIqWithTheBareBaselineAsRatios() {
    LevelResult parcelIq = level(1, 300, 10, Duration.ofSeconds(3));
    LevelResult bare = level(1, 100, 10, Duration.ofSeconds(1));

    String table = ResultTable.markdown(List.of(new ResultTable.Row(parcelIq, Optional.of(bare))));

    assertThat(table.lines().toList().get(2))
        .isEqualTo(
            "| 1 | 300.0 | 300.0 | 300.0 | 3.3 | 0 | 100.0 | 100.0 | 100.0 | 10.0 | 3.00 | 0.33 |");
  }

  @Test
  void stillRunningAndFailedPurchasesAreShownInTheirOwnColumn() {
    List<Outcome> outcomes = new ArrayList<>();
    outcomes.add(Outcome.completed(Duration.ofMillis(50)));
    outcomes.add(Outcome.stillRunning(Duration.ofSeconds(10), "HTTP 202"));
    outcomes.add(Outcome.failed(Duration.ofMillis(1), "HTTP 503"));
    LevelResult parcelIq =
        LevelResult.of(32, outcomes, Duration.ofSeconds(10))
            .withFinishedLater(1, Duration.ofSeconds(20));

    String table = ResultTable.markdown(List.of(new ResultTable.Row(parcelIq, Optional.empty())));

    assertThat(table.lines().toList().get(2))
        .isEqualTo(
            "| 32 | 50.0 | 10000.0 | 10000.0 | 0.1 | 1 still running, 1 failed"
                + " (1 of them finished later; all done after 20.0 s: 0.1/s)"
                + " | - | - | - | - | - | - |");
  }

  @Test
  void theScriptLineNamesTheSystemAndEveryFigure() {
    assertThat(ResultTable.line("ParcelIQ", level(8, 40, 4, Duration.ofSeconds(2))))
        .isEqualTo(
            "purchase system=ParcelIQ concurrency=8 completed=4 still_running=0 failed=0"
                + " p50_ms=40.0 p95_ms=40.0 p99_ms=40.0 max_ms=40.0 rate_per_s=2.0 wall_s=2.00"
                + " finished_later=0 finished_rate_per_s=2.0");
  }

  private static LevelResult level(int concurrency, long millis, int count, Duration wall) {
    List<Outcome> outcomes = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      outcomes.add(Outcome.completed(Duration.ofMillis(millis)));
    }
    return LevelResult.of(concurrency, outcomes, wall);
  }
}
