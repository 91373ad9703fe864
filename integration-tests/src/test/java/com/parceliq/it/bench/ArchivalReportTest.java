package com.parceliq.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchivalReportTest {

  private static final ArchivalThroughput RUN =
      new ArchivalThroughput("completed", 20_000, 31_000_000, 40, Duration.ofSeconds(80));

  @Test
  void theRunTableShowsRateAndBytesPerShipment() {
    assertThat(ArchivalReport.runTable(RUN))
        .contains("| completed | 20000 | 40 | 80.0 | 250.0 | 31000000 | 1550 |");
    assertThat(ArchivalReport.line(RUN))
        .isEqualTo(
            "archival status=completed shipments=20000 pages=40 seconds=80.00"
                + " shipments_per_s=250.0 bytes=31000000 bytes_per_shipment=1550");
  }

  @Test
  void eachReadPhaseIsARowAndAPhaseWithoutAnswersShowsDashes() {
    ReadPhase idle =
        new ReadPhase(
            "hot, idle",
            List.of(Duration.ofMillis(4), Duration.ofMillis(6), Duration.ofMillis(20)),
            0,
            Duration.ofSeconds(3));
    ReadPhase down = new ReadPhase("archived (index + S3)", List.of(), 7, Duration.ofSeconds(1));

    String table = ArchivalReport.readTable(List.of(idle, down));

    assertThat(table).contains("| hot, idle | 3 | 0 | 1.0 | 6.0 | 20.0 | 20.0 | 20.0 |");
    assertThat(table).contains("| archived (index + S3) | 0 | 7 | 0.0 | - | - | - | - |");
    assertThat(ArchivalReport.line(down))
        .isEqualTo(
            "reads phase=\"archived (index + S3)\" count=0 failed=7 p50_ms=- p95_ms=- p99_ms=-"
                + " max_ms=-");
  }
}
