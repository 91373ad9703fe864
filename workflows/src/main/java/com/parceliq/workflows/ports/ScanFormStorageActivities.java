package com.parceliq.workflows.ports;

import io.temporal.activity.ActivityInterface;

/** Puts scan form documents into object storage under a key derived from tenant and scan form. */
@ActivityInterface
public interface ScanFormStorageActivities {

  StoredFile storeScanForm(String tenantId, String scanFormId, String format, byte[] document);
}
