package com.parceliq.workflows.ports;

/**
 * How one shipment of a batch ended: bought (by the batch or on its own meanwhile), failed with the
 * refusal's code and message, or left queued (the batch stopped before buying it).
 */
public record BatchItemOutcome(
    String shipmentId, Result result, String carrier, String errorCode, String errorMessage) {

  public enum Result {
    PURCHASED,
    FAILED
  }

  public static BatchItemOutcome purchased(String shipmentId, String carrier) {
    return new BatchItemOutcome(shipmentId, Result.PURCHASED, carrier, null, null);
  }

  public static BatchItemOutcome failed(String shipmentId, String errorCode, String errorMessage) {
    return new BatchItemOutcome(shipmentId, Result.FAILED, null, errorCode, errorMessage);
  }
}
