package com.parceliq.it.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ArchivalBenchOptionsTest {

  @Test
  void withoutArgumentsTwentyThousandShipmentsAreArchivedWhileTwentyReadsASecondAreTimed() {
    ArchivalBenchOptions options = ArchivalBenchOptions.parse(new String[0]);

    assertThat(options).isEqualTo(new ArchivalBenchOptions(20_000, 1_000, 20, 30));
  }

  @Test
  void everyOptionTakesItsValue() {
    ArchivalBenchOptions options =
        ArchivalBenchOptions.parse(
            new String[] {
              "--shipments",
              "5000",
              "--reader-shipments",
              "200",
              "--read-rate",
              "40",
              "--baseline-seconds",
              "10"
            });

    assertThat(options).isEqualTo(new ArchivalBenchOptions(5_000, 200, 40, 10));
  }

  @Test
  void unknownMissingNonNumericAndZeroValuesAreRefusedWithTheUsage() {
    assertThatThrownBy(() -> ArchivalBenchOptions.parse(new String[] {"--count", "3"}))
        .hasMessageContaining("unknown option --count")
        .hasMessageContaining("usage:");
    assertThatThrownBy(() -> ArchivalBenchOptions.parse(new String[] {"--shipments"}))
        .hasMessageContaining("missing value for --shipments");
    assertThatThrownBy(() -> ArchivalBenchOptions.parse(new String[] {"--read-rate", "fast"}))
        .hasMessageContaining("not a number for --read-rate: fast");
    assertThatThrownBy(() -> ArchivalBenchOptions.parse(new String[] {"--shipments", "0"}))
        .hasMessageContaining("--shipments must be at least 1");
  }
}
