package com.parceliq.it.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class BenchmarkOptionsTest {

  @Test
  void withoutArgumentsTheIssueLevelsRunTwoHundredPurchasesEachAgainstTheBareBaseline() {
    BenchmarkOptions options = BenchmarkOptions.parse(new String[0]);

    assertThat(options).isEqualTo(BenchmarkOptions.defaults());
    assertThat(options.levels()).containsExactly(1, 8, 32);
    assertThat(options.count()).isEqualTo(200);
    assertThat(options.bare()).isTrue();
  }

  @Test
  void defaultWarmupIsOneWaveOfTheLevelAndAtLeastFive() {
    BenchmarkOptions options = BenchmarkOptions.defaults();

    assertThat(options.warmupFor(1)).isEqualTo(5);
    assertThat(options.warmupFor(32)).isEqualTo(32);
  }

  @Test
  void anExplicitWarmupAppliesToEveryLevelEvenZero() {
    BenchmarkOptions options = BenchmarkOptions.parse(new String[] {"--warmup", "0"});

    assertThat(options.warmup()).isEqualTo(OptionalInt.of(0));
    assertThat(options.warmupFor(32)).isZero();
  }

  @Test
  void levelsCountBreakdownAndNoBareAreRead() {
    BenchmarkOptions options =
        BenchmarkOptions.parse(
            new String[] {"--levels", "2, 4", "--count", "20", "--breakdown", "3", "--no-bare"});

    assertThat(options)
        .isEqualTo(new BenchmarkOptions(List.of(2, 4), 20, OptionalInt.empty(), 3, false));
  }

  @Test
  void moreBreakdownsThanPurchasesAreCappedAtThePurchases() {
    assertThat(
            BenchmarkOptions.parse(new String[] {"--count", "2", "--breakdown", "9"}).breakdown())
        .isEqualTo(2);
  }

  @Test
  void zeroCountsLevelsAndMissingValuesAreRefused() {
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--count", "0"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--levels", "1,0"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--levels", "1,x"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--count"}))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> BenchmarkOptions.parse(new String[] {"--fast"}))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
