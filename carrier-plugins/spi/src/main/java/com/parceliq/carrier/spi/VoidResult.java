package com.parceliq.carrier.spi;

/** The carrier's answer to a void: refunded now, refund pending, or refused. */
public record VoidResult(Outcome outcome, String message) {

  public enum Outcome {
    REFUNDED,
    REFUND_PENDING,
    REJECTED
  }
}
