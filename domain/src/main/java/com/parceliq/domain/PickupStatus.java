package com.parceliq.domain;

/**
 * A pickup's status as the API shows it (EasyPost's names): {@code unknown} until it is bought,
 * {@code scheduled} once the carrier confirmed it, {@code canceled} after a cancel.
 */
public enum PickupStatus {
  UNKNOWN("unknown"),
  SCHEDULED("scheduled"),
  CANCELED("canceled");

  private final String wireName;

  PickupStatus(String wireName) {
    this.wireName = wireName;
  }

  public String wireName() {
    return wireName;
  }
}
