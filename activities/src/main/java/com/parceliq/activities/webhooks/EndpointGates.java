package com.parceliq.activities.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * At most {@code maxConcurrentPerEndpoint} attempts in flight per endpoint in this process. A slow
 * or dead endpoint then holds only that many local-activity slots, whatever its backlog, and the
 * others' deliveries go on; an attempt that finds the gate full is not made (THROTTLED) and its
 * workflow waits instead of a slot.
 */
@ApplicationScoped
public class EndpointGates {

  private final Map<String, Semaphore> gates = new ConcurrentHashMap<>();
  private final int permits;

  @Inject
  public EndpointGates(WebhookSettings settings) {
    this.permits = settings.maxConcurrentPerEndpoint();
  }

  /** Whether an attempt to {@code endpointId} may start now; if so, {@link #leave} after it. */
  public boolean tryEnter(String endpointId) {
    return gates.computeIfAbsent(endpointId, id -> new Semaphore(permits)).tryAcquire();
  }

  public void leave(String endpointId) {
    Semaphore gate = gates.get(endpointId);
    if (gate != null) {
      gate.release();
    }
  }
}
