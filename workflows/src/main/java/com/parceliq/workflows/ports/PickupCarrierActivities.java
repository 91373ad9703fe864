package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/**
 * Pickup calls to one carrier, on the carrier's own task queue like {@link CarrierActivities}.
 * Carrier refusals fail with non-retryable {@code CARRIER.REJECTED}, a carrier that does no pickups
 * with {@code CARRIER.UNSUPPORTED}; outages and timeouts are retryable.
 */
@ActivityInterface
public interface PickupCarrierActivities {

  /** The pickup services the carrier offers for the ask, each with a fresh rate id. */
  List<PickupQuote> quotePickup(PickupAsk ask);

  /** Schedules the pickup; the carrier schedules once per {@code idempotencyKey}. */
  ScheduledPickup schedulePickup(PickupAsk ask, String service, String idempotencyKey);

  /** Cancels a scheduled pickup; cancelling one already cancelled succeeds. */
  void cancelPickup(PickupCancel cancel);
}
