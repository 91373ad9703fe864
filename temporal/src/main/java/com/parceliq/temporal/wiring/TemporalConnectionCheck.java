package com.parceliq.temporal.wiring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;

/**
 * Builds the Temporal connection options (settings, certificate and key files, CA) when the
 * application starts. The stubs themselves are created lazily, so without this a half-configured
 * TLS setup or an unmounted certificate would boot fine and only fail on the first Temporal call; a
 * deployment should instead crash-loop with the configuration key in its log.
 */
@ApplicationScoped
public class TemporalConnectionCheck {

  void atStart(
      @Observes @Initialized(ApplicationScoped.class) Object start, TemporalSettings settings) {
    TemporalConnections.stubsOptions(settings);
  }
}
