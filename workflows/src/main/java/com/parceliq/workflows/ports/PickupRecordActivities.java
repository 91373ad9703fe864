package com.parceliq.workflows.ports;

import com.parceliq.workflows.pickup.NewPickup;
import io.temporal.activity.ActivityInterface;
import java.util.List;

/** Writes the pickup read model that the API serves. Every call is idempotent. */
@ActivityInterface
public interface PickupRecordActivities {

  /** The pickup, its shipments and the rates the carrier offered; status {@code unknown}. */
  void recordPickupCreated(NewPickup pickup, List<PickupQuote> rates);

  /** The bought service, the carrier's confirmation and fee; status {@code scheduled}. */
  void recordPickupScheduled(
      String tenantId, String pickupId, PickupQuote bought, ScheduledPickup scheduled);

  /** Status {@code canceled}. */
  void recordPickupCanceled(String tenantId, String pickupId);
}
