package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/** Puts label files into object storage under a key derived from tenant and shipment. */
@ActivityInterface
public interface LabelStorageActivities {

  StoredLabel storeLabel(String tenantId, String shipmentId, String labelFormat, byte[] labelFile);
}
