package com.parceliq.workflows.webhooks;

/** How a delivery ended, and after how many recorded attempts. */
public record DeliveryResult(Status status, int attempts) {

  public enum Status {
    DELIVERED,
    DEAD_LETTERED,
    CANCELLED
  }
}
