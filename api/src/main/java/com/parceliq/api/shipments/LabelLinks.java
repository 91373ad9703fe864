package com.parceliq.api.shipments;

/** Makes a temporary download link for a stored label file. */
@FunctionalInterface
public interface LabelLinks {

  String downloadUrl(String bucket, String key);
}
