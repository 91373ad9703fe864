package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;
import java.util.List;

/** Which carriers a tenant can rate and buy with (the platform's plugins and its own accounts). */
@ActivityInterface
public interface CarrierDirectoryActivities {

  List<String> enabledCarriers(String tenantId);

  /** The carriers that can validate addresses for the tenant, in the order they are preferred. */
  List<String> addressValidators(String tenantId);
}
