package com.parceliq.simulator.triggers;

/** A reference holds an {@code sbx:} part the simulator cannot honour. */
public class InvalidTriggerException extends RuntimeException {

  public InvalidTriggerException(String message) {
    super(message);
  }
}
