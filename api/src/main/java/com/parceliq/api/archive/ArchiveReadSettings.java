package com.parceliq.api.archive;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How the API reads archived shipments back from S3. A reader waits for its answer, so a slow or
 * absent S3 must fail fast (503 ARCHIVE.UNAVAILABLE) rather than hold the request; the workers'
 * writes keep the shared S3 client's own, longer, timeouts.
 */
@ConfigMapping(prefix = "parceliq.api.archive")
public interface ArchiveReadSettings {

  /** The whole ranged GET of one archived shipment, retries included. */
  @WithDefault("2s")
  Duration readTimeout();

  /** Archived shipments of one list page read from S3 at the same time. */
  @WithDefault("8")
  int parallelReads();
}
