package com.parceliq.it.chaos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.parceliq.it.chaos.FaultPlan.Kind;
import com.parceliq.it.chaos.FaultPlan.Strike;
import java.time.Duration;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The flags and the fault plan they lead to. */
class FaultPlanAndOptionsTest {

  @Test
  void longRunFlagsAreParsed() {
    ChaosOptions options =
        ChaosOptions.parse(
            new String[] {
              "--operations", "2000", "--duration", "15m", "--worker-kills", "20", "--seed", "7"
            });

    assertThat(options.operations()).isEqualTo(2000);
    assertThat(options.duration()).isEqualTo(Duration.ofMinutes(15));
    assertThat(options.workerKills()).isEqualTo(20);
    assertThat(options.seed()).isEqualTo(7);
    assertThatThrownBy(() -> ChaosOptions.parse(new String[] {"--nope", "1"}))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void planHasEveryWorkerKillAndEveryOtherKindInsideTheWindowInOrder() {
    Duration window = Duration.ofMinutes(15);

    FaultPlan plan = FaultPlan.draw(window, 20, new Random(7));

    assertThat(plan.strikes().stream().filter(s -> s.kind() == Kind.WORKER_KILL)).hasSize(20);
    assertThat(plan.strikes().stream().map(Strike::kind)).contains(Kind.values());
    assertThat(plan.strikes())
        .allMatch(s -> s.at().compareTo(window) < 0)
        .isSortedAccordingTo(java.util.Comparator.comparing(Strike::at));
  }

  @Test
  void sameSeedDrawsTheSamePlan() {
    assertThat(FaultPlan.draw(Duration.ofMinutes(5), 4, new Random(3)))
        .isEqualTo(FaultPlan.draw(Duration.ofMinutes(5), 4, new Random(3)));
  }
}
