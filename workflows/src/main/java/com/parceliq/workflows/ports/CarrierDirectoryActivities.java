package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/** Which carriers a tenant can use (the platform's plugins and its own accounts). */
@ActivityInterface
public interface CarrierDirectoryActivities {

  /**
   * Every carrier the tenant can rate with: the platform's carriers that need no account, and each
   * of the tenant's active carrier accounts whose carrier this worker runs.
   */
  List<CarrierChoice> ratingCarriers(String tenantId);

  /** The carriers that can validate addresses for the tenant, in the order they are preferred. */
  List<CarrierChoice> addressValidators(String tenantId);
}
