package com.parceliq.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.parceliq.it.support.Json;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class ArchivalThroughputTest {

  @Test
  void rateAndSizeComeFromTheRunsOwnTimestampsAndCounters() {
    ArchivalThroughput run =
        ArchivalThroughput.of(
            Json.parse(
                """
                {"id": "arc_1", "object": "ArchivalRun", "status": "completed",
                 "pages": 40, "shipments_archived": 20000, "bytes_archived": 31000000,
                 "started_at": "2030-01-01T00:00:00Z", "finished_at": "2030-01-01T00:01:20Z"}
                """));

    assertThat(run.status()).isEqualTo("completed");
    assertThat(run.pages()).isEqualTo(40);
    assertThat(run.elapsed()).isEqualTo(Duration.ofSeconds(80));
    assertThat(run.shipmentsPerSecond()).isEqualTo(250.0);
    assertThat(run.bytesPerShipment()).isEqualTo(1550.0);
  }

  @Test
  void aRunThatArchivedNothingHasNoBytesPerShipment() {
    ArchivalThroughput run = new ArchivalThroughput("completed", 0, 0, 0, Duration.ofMillis(300));

    assertThat(run.shipmentsPerSecond()).isZero();
    assertThat(run.bytesPerShipment()).isNaN();
  }
}
