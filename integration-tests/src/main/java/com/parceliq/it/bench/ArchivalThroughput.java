package com.parceliq.it.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;

/**
 * What one archival run did, from its own record ({@code GET /v1/ops/archival/runs/{id}}): the
 * workflow's started_at and finished_at bound the time, so the figure is the server's and not the
 * polling client's.
 */
record ArchivalThroughput(String status, long shipments, long bytes, long pages, Duration elapsed) {

  static ArchivalThroughput of(JsonNode run) {
    Instant started = Instant.parse(run.path("started_at").asText());
    Instant finished = Instant.parse(run.path("finished_at").asText());
    return new ArchivalThroughput(
        run.path("status").asText(),
        run.path("shipments_archived").asLong(),
        run.path("bytes_archived").asLong(),
        run.path("pages").asLong(),
        Duration.between(started, finished));
  }

  double shipmentsPerSecond() {
    double seconds = elapsed.toNanos() / 1e9;
    return seconds <= 0 ? Double.NaN : shipments / seconds;
  }

  /** Compressed bytes in S3 per archived shipment. */
  double bytesPerShipment() {
    return shipments == 0 ? Double.NaN : (double) bytes / shipments;
  }
}
