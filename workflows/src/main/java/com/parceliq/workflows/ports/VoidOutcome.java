package com.parceliq.workflows.ports;

/**
 * The carrier's answer to a void or to a refund follow-up. {@link Refund#REJECTED} is an answer,
 * not a failure: the label stands and the caller decides what that means (the purchase saga parks,
 * a customer's void reports it).
 */
public record VoidOutcome(Refund refund, String message) {

  /** Where the carrier's refund of the label stands; wire names as the API shows them. */
  public enum Refund {
    SUBMITTED("submitted"),
    REFUNDED("refunded"),
    REJECTED("rejected");

    private final String wireName;

    Refund(String wireName) {
      this.wireName = wireName;
    }

    public String wireName() {
      return wireName;
    }
  }
}
