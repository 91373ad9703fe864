package com.parceliq.workers;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the worker process starts and stops its Temporal workers. */
@ConfigMapping(prefix = "parceliq.workers")
public interface WorkerSettings {

  /** How long a stopping worker lets running tasks finish before it gives up on them. */
  @WithDefault("30s")
  Duration shutdownTimeout();

  /** The pause between attempts to reach Temporal when it is not up yet. */
  @WithDefault("5s")
  Duration startRetryInterval();

  /**
   * The task queues this process polls, every one when absent; read by {@link TaskQueueRegistrar}
   * through {@link QueueSelection}, declared here so the key is a known part of this mapping.
   */
  Optional<List<String>> taskQueues();
}
